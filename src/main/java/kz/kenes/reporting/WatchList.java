package kz.kenes.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.identity.Access;
import kz.kenes.identity.AuditTrail;
import kz.kenes.identity.Role;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnitKind;
import kz.kenes.organization.OrgUnits;
import kz.kenes.platform.RuleViolation;
import kz.kenes.roadmap.ItemWatchers;

/**
 * Watch lists: a council, a faction or a branch takes roadmap items under its control until a date (table
 * {@code watched_item}). The SECRETARY of the watcher unit (or above, or ADMIN) adds and removes; the item pages
 * show who watches ({@link #watchersOf}, also for other modules, e.g. a decision naming items); the watcher's staff
 * home lists its watched items with their status today. A watch past its date is no longer listed.
 */
@Service
public class WatchList implements ItemWatchers {

	/** Units that may watch: party branches, their councils, bureaus and control commissions, maslikhats and factions. */
	static final Set<OrgUnitKind> WATCHERS = Set.of(OrgUnitKind.PARTY, OrgUnitKind.REGIONAL_BRANCH,
			OrgUnitKind.CITY_BRANCH, OrgUnitKind.DISTRICT_BRANCH, OrgUnitKind.COUNCIL, OrgUnitKind.BUREAU,
			OrgUnitKind.CONTROL_COMMISSION, OrgUnitKind.FACTION, OrgUnitKind.MASLIKHAT);
	static final int MAX_NOTE = 1000;
	/** A staff home lists at most this many watched items (the nearest deadlines of control first). */
	static final int MAX_LISTED = 200;

	/** A watched item with its status today. */
	public record Watched(long id, long unitId, LocalizedText unit, long itemId, long roadmapId, String number,
			LocalizedText item, LocalDate until, String note, ProgressStatus status) {

		/** Fell behind: behind the pro-rata plan, not done by its deadline, or a problem item. */
		public boolean fellBehind() {
			return status == ProgressStatus.BEHIND || status == ProgressStatus.NOT_DONE
					|| status == ProgressStatus.PROBLEM;
		}
	}

	private final JdbcClient jdbc;
	private final Access access;
	private final AuditTrail audit;
	private final OrgUnits units;
	private final ProgressFigures figures;

	WatchList(JdbcClient jdbc, Access access, AuditTrail audit, OrgUnits units, ProgressFigures figures) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
		this.units = units;
		this.figures = figures;
	}

	/**
	 * Puts an item under the unit's control until a date (again: a new date and note). SECRETARY of the unit; the
	 * date must not be past; the unit must be a branch or a council.
	 */
	@Transactional
	public long watch(long unitId, long itemId, LocalDate until, String note) {
		OrgUnit unit = units.findById(unitId).orElseThrow(() -> new NoSuchElementException("unit " + unitId));
		access.require(Role.SECRETARY, unitId);
		if (!WATCHERS.contains(unit.getKind())) {
			throw new RuleViolation("reporting.error.watch.unit");
		}
		if (until == null || until.isBefore(ActivityLog.today())) {
			throw new RuleViolation("reporting.error.watch.until");
		}
		String text = note == null || note.isBlank() ? null : note.trim();
		if (text != null && text.length() > MAX_NOTE) {
			throw new RuleViolation("reporting.error.watch.note", String.valueOf(MAX_NOTE));
		}
		Long region = jdbc.sql("SELECT region_id FROM roadmap_item WHERE id = ?").params(itemId).query(Long.class)
			.optional().orElseThrow(() -> new RuleViolation("reporting.error.watch.item", String.valueOf(itemId)));
		long id = jdbc.sql("""
				INSERT INTO watched_item (watcher_unit_id, roadmap_item, region_id, until, note, created_by)
				VALUES (:unit, :item, :region, :until, :note, :by)
				ON CONFLICT (watcher_unit_id, roadmap_item) DO UPDATE
				   SET until = EXCLUDED.until, note = EXCLUDED.note, created_by = EXCLUDED.created_by,
				       created_at = now()
				RETURNING id""")
			.param("unit", unitId).param("item", itemId).param("region", region).param("until", until)
			.param("note", text).param("by", access.currentUsername()).query(Long.class).single();
		audit.record("WatchedItem", id, "WATCH", null,
				Map.of("unitId", unitId, "itemId", itemId, "until", until.toString(), "note", text == null ? "" : text),
				region);
		return id;
	}

	/** Ends a watch (SECRETARY of the watcher unit). */
	@Transactional
	public void unwatch(long watchId) {
		Map<String, Object> row = jdbc.sql("""
				SELECT watcher_unit_id, roadmap_item, region_id, until FROM watched_item WHERE id = ?""")
			.params(watchId).query().listOfRows().stream().findFirst()
			.orElseThrow(() -> new NoSuchElementException("watch " + watchId));
		access.require(Role.SECRETARY, ((Number) row.get("watcher_unit_id")).longValue());
		jdbc.sql("DELETE FROM watched_item WHERE id = ?").params(watchId).update();
		audit.record("WatchedItem", watchId, "UNWATCH",
				Map.of("unitId", row.get("watcher_unit_id"), "itemId", row.get("roadmap_item"),
						"until", String.valueOf(row.get("until"))),
				null, ((Number) row.get("region_id")).longValue());
	}

	/** Who has the item under control today (a public fact, shown on the item pages). */
	@Override
	@Transactional(readOnly = true)
	public List<Watcher> watchersOf(long itemId) {
		return jdbc.sql("""
				SELECT u.id, u.name_kk, u.name_ru, u.name_en, w.until
				  FROM watched_item w JOIN org_unit u ON u.id = w.watcher_unit_id
				 WHERE w.roadmap_item = :item AND w.until >= :today ORDER BY w.until, u.name_kk""")
			.param("item", itemId).param("today", ActivityLog.today())
			.query((rs, n) -> new Watcher(rs.getLong("id"), new LocalizedText(rs.getString("name_kk"),
					rs.getString("name_ru"), rs.getString("name_en")), rs.getObject("until", LocalDate.class)))
			.list();
	}

	/** The id of the unit's current watch of an item, if any (for a remove button). */
	@Transactional(readOnly = true)
	public List<Watched> watchesOfItem(long itemId) {
		return list("w.roadmap_item = :item", Map.of("item", itemId));
	}

	/** The items the units watch today, with their status today: nearest end of control first, at most 200. */
	@Transactional(readOnly = true)
	public List<Watched> watchedBy(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return list("w.watcher_unit_id = ANY(:units)", Map.of("units", unitIds.toArray(Long[]::new)));
	}

	/** As {@link #watchedBy}, with the units just below them too (a branch's councils, for the branch's staff). */
	@Transactional(readOnly = true)
	public List<Watched> watchedByOrBelow(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return list("(w.watcher_unit_id = ANY(:units) OR u.parent_id = ANY(:units))",
				Map.of("units", unitIds.toArray(Long[]::new)));
	}

	/** The units whose watch lists the current user keeps or reads (SECRETARY or MEMBER there). */
	public List<Long> unitsOfCurrentUser() {
		List<Long> ids = new ArrayList<>(access.unitsWith(Role.SECRETARY));
		access.unitsWith(Role.MEMBER).stream().filter(id -> !ids.contains(id)).forEach(ids::add);
		return ids;
	}

	private List<Watched> list(String condition, Map<String, Object> params) {
		LocalDate today = ActivityLog.today();
		record Row(long id, long unitId, LocalizedText unit, long itemId, long roadmapId, String number,
				LocalizedText item, LocalDate until, String note) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT w.id, w.watcher_unit_id, u.name_kk AS u_kk, u.name_ru AS u_ru, u.name_en AS u_en, i.id AS item,
				       i.roadmap_id, i.number, i.name_kk, i.name_ru, i.name_en, w.until, w.note
				  FROM watched_item w
				  JOIN org_unit u ON u.id = w.watcher_unit_id
				  JOIN roadmap_item i ON i.id = w.roadmap_item
				 WHERE w.until >= :today AND %s
				 ORDER BY w.until, i.roadmap_id, i.sort_key LIMIT %d""".formatted(condition, MAX_LISTED))
			.params(params).param("today", today)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("watcher_unit_id"),
					new LocalizedText(rs.getString("u_kk"), rs.getString("u_ru"), rs.getString("u_en")),
					rs.getLong("item"), rs.getLong("roadmap_id"), rs.getString("number"),
					new LocalizedText(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en")),
					rs.getObject("until", LocalDate.class), rs.getString("note")))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		// today's status of every listed item in one query (the page is bounded: at most 200 items)
		Map<Long, ProgressStatus> status = new LinkedHashMap<>();
		figures.figures(rows.stream().map(Row::itemId).distinct().toList(), ReportPeriod.wholeYear(today.getYear()),
				today).forEach(f -> status.put(f.itemId(), f.status()));
		return rows.stream().map(r -> new Watched(r.id(), r.unitId(), r.unit(), r.itemId(), r.roadmapId(),
				r.number(), r.item(), r.until(), r.note(), status.getOrDefault(r.itemId(), ProgressStatus.NO_TARGET)))
			.toList();
	}
}

package kz.kenes.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.kenes.i18n.KazakhCollation;
import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;

/** Read side of the org structure: who holds which post, each list in one query. */
@Component
public class OrgDirectory {

	private static final String APPOINTMENTS = """
			SELECT p.id, p.version, p.person_id, pe.full_name_kk, pe.full_name_ru, pe.full_name_en,
			       p.org_unit_id, u.name_kk, u.name_ru, u.name_en, p.post, p.start_date, p.end_date,
			       u.kind, u.level, p.title_kk, p.title_ru, p.title_en, u.path
			FROM position_held p
			JOIN person pe ON pe.id = p.person_id
			JOIN org_unit u ON u.id = p.org_unit_id
			""";

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	OrgDirectory(JdbcClient jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Positions in a unit, current ones first, by the rank of the post, then by name in the Kazakh order. */
	public List<Appointment> positionsIn(long unitId, Language language) {
		return sorted(jdbc.sql(APPOINTMENTS + " WHERE p.org_unit_id = ?").param(unitId).query(this::appointment)
			.list(), language);
	}

	/** Positions currently held in a unit (what the public page shows). */
	public List<Appointment> currentPositionsIn(long unitId, Language language) {
		return positionsIn(unitId, language).stream().filter(Appointment::isCurrent).toList();
	}

	public List<Appointment> positionsOf(long personId, Language language) {
		return sorted(jdbc.sql(APPOINTMENTS + " WHERE p.person_id = ?").param(personId).query(this::appointment)
			.list(), language);
	}

	private static List<Appointment> sorted(List<Appointment> list, Language language) {
		return list.stream()
			.sorted(Comparator.comparing((Appointment a) -> !a.isCurrent())
				.thenComparingInt((Appointment a) -> a.post().seniority())
				.thenComparing(Appointment::post)
				.thenComparing(KazakhCollation.by((Appointment a) -> a.personName(language), language)))
			.toList();
	}

	/**
	 * The post of a person that fits a unit on a day: one held that day in the unit itself, else in a unit below it,
	 * else in a unit above it, else the most senior post the person held that day (empty when none). A meeting of
	 * a council shows each person with it.
	 */
	public Optional<Appointment> postFor(long personId, long unitId, LocalDate date, Language language) {
		return Optional.ofNullable(postsFor(List.of(personId), unitId, date, language).get(personId));
	}

	/** {@link #postFor} for many people in one query: person id → the post that fits (people with none left out). */
	public Map<Long, Appointment> postsFor(Collection<Long> personIds, long unitId, LocalDate date, Language language) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		String unitPath = jdbc.sql("SELECT path || id || '/' FROM org_unit WHERE id = ?").param(unitId)
			.query(String.class).optional().orElse("/" + unitId + "/");
		Map<Long, Appointment> best = new HashMap<>();
		Map<Long, Integer> bestRank = new HashMap<>();
		jdbc.sql(APPOINTMENTS + """
				 WHERE p.person_id IN (:people) AND p.start_date <= :day AND (p.end_date IS NULL OR p.end_date >= :day)
				ORDER BY p.start_date DESC, p.id DESC""")
			.param("people", personIds).param("day", date)
			.query(rs -> {
				Appointment a = appointment(rs, 0);
				String path = rs.getString(19) + a.unitId() + "/";
				int closeness = a.unitId() == unitId ? 0
						: path.startsWith(unitPath) ? 1 : unitPath.startsWith(path) ? 2 : 3;
				int rank = closeness * 1000 + a.post().seniority();
				if (!bestRank.containsKey(a.personId()) || rank < bestRank.get(a.personId())) {
					bestRank.put(a.personId(), rank);
					best.put(a.personId(), a);
				}
			});
		return best;
	}

	private Appointment appointment(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Post post = Post.valueOf(rs.getString(11));
		OrgUnitKind kind = OrgUnitKind.valueOf(rs.getString(14));
		String level = rs.getString(15);
		OrgLevel unitLevel = level == null ? null : OrgLevel.valueOf(level);
		LocalizedText unitName = new LocalizedText(rs.getString(8), rs.getString(9), rs.getString(10));
		LocalizedText ownTitle = rs.getString(16) == null ? null
				: new LocalizedText(rs.getString(16), rs.getString(17), rs.getString(18));
		LocalDate endDate = rs.getObject(13, LocalDate.class);
		return new Appointment(rs.getLong(1), rs.getInt(2), rs.getLong(3),
				new LocalizedText(rs.getString(4), rs.getString(5), rs.getString(6)), rs.getLong(7), unitName, post,
				rs.getObject(12, LocalDate.class), endDate, kind, unitLevel,
				PostTitles.of(post, kind, unitLevel, unitName, ownTitle),
				endDate == null || !endDate.isBefore(LocalDate.now(clock)));
	}
}

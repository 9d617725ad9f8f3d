package kz.kenes.roadmap;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.LocalizedText;

/**
 * Reads of the roadmap for pages, the API, exports and other modules (reporting, meetings, dashboard): one SQL
 * round trip per list, executors and names resolved, indicators with their yearly targets.
 *
 * <p>The demo roadmap is {@link #DEMO_PROGRAM} on the branch {@link #DEMO_BRANCH}; its items from the seed news item
 * have stable numbers: {@code "1"} prevention of domestic violence and explanatory work (lead executor
 * {@code dept-youth}, indicators EVENTS 20 in 2023 and 20 in 2024, PARTICIPANTS 5000 in 2024), {@code "2"}
 * psychological support for young people in difficult life situations (lead {@code dept-culture}, EVENTS 25 in 2023),
 * {@code "3"} four cultural-educational facilities built in 2024 (lead {@code dept-culture}, FACILITIES 4 in 2024).
 * Items "4" to "23" are examples ({@link ItemView#example()}). Find them with
 * {@code roadmapOf(DEMO_BRANCH, DEMO_PROGRAM)} and {@code itemByNumber(roadmapId, "1")}.
 */
@Service
@Transactional(readOnly = true)
public class RoadmapCatalog {

	/** Code of the program «Халықпен бірге!» 2023–2027 in the demo data. */
	public static final String DEMO_PROGRAM = "khalyqpen-birge-2023-2027";
	/** Code of the Shymkent city branch, whose roadmap the demo data fills. */
	public static final String DEMO_BRANCH = "shymkent-branch";

	private static final String ITEM_COLUMNS = """
			SELECT i.id, i.roadmap_id, i.region_id, i.number, i.name_kk, i.name_ru, i.name_en, i.completion_form,
			       i.task_id, t.number AS task_number, t.name_kk AS task_kk, t.name_ru AS task_ru, t.name_en AS task_en,
			       i.direction_id, d.code AS direction_code, d.name_kk AS direction_kk, d.name_ru AS direction_ru,
			       d.name_en AS direction_en, i.deadline_kind, i.deadline_date, i.deadline_end_year, i.estimated_cost,
			       i.funding_source, i.notes, i.is_example, i.version, i.national_item_id,
			       ex.ids AS ex_ids, ex.leads AS ex_leads, ex.codes AS ex_codes, ex.kk AS ex_kk, ex.ru AS ex_ru,
			       ex.en AS ex_en, count(*) OVER () AS total,
			       ARRAY(SELECT ip.project_id FROM roadmap_item_project ip WHERE ip.roadmap_item = i.id
			             ORDER BY ip.project_id) AS project_ids
			FROM roadmap_item i
			LEFT JOIN program_task t ON t.id = i.task_id
			LEFT JOIN direction d ON d.id = i.direction_id
			LEFT JOIN LATERAL (
			    SELECT array_agg(e.org_unit_id ORDER BY e.lead DESC, u.id) AS ids,
			           array_agg(e.lead ORDER BY e.lead DESC, u.id) AS leads,
			           array_agg(u.code ORDER BY e.lead DESC, u.id) AS codes,
			           array_agg(u.name_kk ORDER BY e.lead DESC, u.id) AS kk,
			           array_agg(u.name_ru ORDER BY e.lead DESC, u.id) AS ru,
			           array_agg(u.name_en ORDER BY e.lead DESC, u.id) AS en
			    FROM roadmap_item_executor e JOIN org_unit u ON u.id = e.org_unit_id
			    WHERE e.roadmap_item = i.id) ex ON TRUE
			""";

	private static final String FILTER = """
			WHERE i.roadmap_id = :roadmap
			  AND (CAST(:direction AS BIGINT) IS NULL OR i.direction_id = :direction)
			  AND (CAST(:task AS BIGINT) IS NULL OR i.task_id = :task)
			  AND (CAST(:executor AS BIGINT) IS NULL OR EXISTS (
			        SELECT 1 FROM roadmap_item_executor fe WHERE fe.roadmap_item = i.id AND fe.org_unit_id = :executor))
			  AND (CAST(:year AS INT) IS NULL
			       OR EXISTS (SELECT 1 FROM indicator fi JOIN indicator_target ft ON ft.indicator = fi.id
			                  WHERE fi.roadmap_item = i.id AND ft.year = :year)
			       OR (i.deadline_kind = 'DATE' AND EXTRACT(YEAR FROM i.deadline_date) = :year)
			       OR (i.deadline_kind <> 'DATE' AND i.deadline_end_year >= :year))
			  AND (CAST(:text AS TEXT) IS NULL OR i.name_kk ILIKE :text OR i.name_ru ILIKE :text
			       OR i.name_en ILIKE :text OR i.number = :plainText)
			  AND (CAST(:project AS BIGINT) IS NULL OR EXISTS (
			        SELECT 1 FROM roadmap_item_project fp WHERE fp.roadmap_item = i.id AND fp.project_id = :project))
			""";

	private static final String INDICATOR_COLUMNS = """
			SELECT ind.id, ind.roadmap_item, ind.region_id, ind.name_kk, ind.name_ru, ind.name_en, ind.unit,
			       ind.aggregation, ind.version,
			       array_agg(it.year ORDER BY it.year) FILTER (WHERE it.year IS NOT NULL) AS years,
			       array_agg(it.planned ORDER BY it.year) FILTER (WHERE it.year IS NOT NULL) AS planned,
			       array_agg(it.original_planned ORDER BY it.year) FILTER (WHERE it.year IS NOT NULL) AS original
			FROM indicator ind LEFT JOIN indicator_target it ON it.indicator = ind.id
			""";

	private final java.time.Clock clock;

	private final JdbcClient jdbc;
	private final Programs programs;
	private final ProgramTasks tasks;
	private final Directions directions;

	RoadmapCatalog(JdbcClient jdbc, Programs programs, ProgramTasks tasks, Directions directions,
			java.time.Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.programs = programs;
		this.tasks = tasks;
		this.directions = directions;
	}

	public List<Program> programs() {
		return programs.findAllByOrderByFirstYearDesc();
	}

	public Optional<Program> program(long id) {
		return programs.findById(id);
	}

	public Optional<Program> programByCode(String code) {
		return programs.findByCode(code);
	}

	/**
	 * The one rule for everything dated (targets, report periods, agenda periods): the year must lie within the
	 * program's years, else a {@link kz.kenes.platform.RuleViolation} "roadmap.error.year.outside".
	 */
	public void requireYear(long programId, int year) {
		programs.findById(programId).orElseThrow(() -> new kz.kenes.platform.RuleViolation("roadmap.error.program.missing"))
			.requireYear(year);
	}

	/** The same rule for the program of a roadmap item (a report period of that item). */
	public void requireYearOfItem(long itemId, int year) {
		Long programId = jdbc.sql("""
				SELECT r.program_id FROM roadmap_item i JOIN roadmap r ON r.id = i.roadmap_id WHERE i.id = ?""")
			.param(itemId).query(Long.class).optional()
			.orElseThrow(() -> new java.util.NoSuchElementException("roadmap item " + itemId));
		requireYear(programId, year);
	}

	/** The tasks (міндеттер) of a program in number order. */
	public List<ProgramTask> tasks(long programId) {
		return tasks.findByProgramIdOrderByNumber(programId);
	}

	public List<Direction> directions() {
		return directions.findAllByOrderBySortOrder();
	}

	public Optional<Direction> directionByCode(String code) {
		return directions.findByCode(code);
	}

	public List<RoadmapSummary> roadmaps() {
		return roadmapQuery("", Map.of());
	}

	public Optional<RoadmapSummary> roadmap(long id) {
		return roadmapQuery("WHERE r.id = :id", Map.of("id", id)).stream().findFirst();
	}

	/** The roadmap of a branch (by org unit code) for a program (by code). */
	public Optional<RoadmapSummary> roadmapOf(String branchCode, String programCode) {
		return roadmapQuery("WHERE b.code = :branch AND p.code = :program",
				Map.of("branch", branchCode, "program", programCode)).stream().findFirst();
	}

	/** Roadmaps of the branches in a subtree (the unit itself or any unit below it). */
	public List<RoadmapSummary> roadmapsUnder(long orgUnitId) {
		return roadmapQuery("""
				WHERE b.id = :unit OR b.path LIKE (SELECT path || id || '/%' FROM org_unit WHERE id = :unit)""",
				Map.of("unit", orgUnitId));
	}

	private List<RoadmapSummary> roadmapQuery(String where, Map<String, ?> params) {
		return jdbc.sql("""
				SELECT r.id, r.program_id, p.code AS program_code, p.name_kk AS p_kk, p.name_ru AS p_ru,
				       p.name_en AS p_en, p.first_year, p.last_year, r.branch_id, b.code AS branch_code,
				       b.name_kk AS b_kk, b.name_ru AS b_ru, b.name_en AS b_en, r.region_id, r.status, r.approved_on,
				       r.edition, r.version, r.review_comment, r.branch_id = p.owner_unit_id AS national, p.state,
				       (SELECT count(*) FROM roadmap_item i WHERE i.roadmap_id = r.id) AS item_count
				FROM roadmap r JOIN program p ON p.id = r.program_id JOIN org_unit b ON b.id = r.branch_id
				""" + where + " ORDER BY p.first_year DESC, b.name_kk")
			.params(params)
			.query((rs, n) -> new RoadmapSummary(rs.getLong("id"), rs.getLong("program_id"),
					rs.getString("program_code"), text(rs, "p_kk", "p_ru", "p_en"), rs.getInt("first_year"),
					rs.getInt("last_year"), rs.getLong("branch_id"), rs.getString("branch_code"),
					text(rs, "b_kk", "b_ru", "b_en"), rs.getLong("region_id"),
					RoadmapStatus.valueOf(rs.getString("status")), rs.getObject("approved_on", LocalDate.class),
					rs.getInt("edition"), rs.getInt("version"), rs.getLong("item_count"),
					rs.getString("review_comment"), rs.getBoolean("national"),
					ProgramState.valueOf(rs.getString("state"))))
			.list();
	}

	/** One page of a roadmap's items in number order, with their indicators (two queries in all). */
	public ItemPage items(long roadmapId, ItemFilter filter, int page, int size) {
		int safeSize = Math.max(1, Math.min(size, 500));
		int safePage = Math.max(0, page);
		List<Object[]> totals = new ArrayList<>();
		List<ItemView> rows = itemQuery(roadmapId, filter, " ORDER BY i.sort_key, i.number LIMIT :limit OFFSET :offset",
				Map.of("limit", safeSize, "offset", (long) safePage * safeSize), totals);
		long total = totals.isEmpty() ? 0 : (long) totals.get(0)[0];
		if (rows.isEmpty() && safePage > 0) {
			// past the last page: still say how many there are, so the pager can lead back
			itemQuery(roadmapId, filter, " LIMIT 1", Map.of(), totals);
			total = totals.isEmpty() ? 0 : (long) totals.get(0)[0];
		}
		return new ItemPage(withIndicators(rows), total, safePage, safeSize);
	}

	/** All items of a roadmap that match, in number order, with indicators (for exports and reports). */
	public List<ItemView> allItems(long roadmapId, ItemFilter filter) {
		List<ItemView> rows = itemQuery(roadmapId, filter, " ORDER BY i.sort_key, i.number", Map.of(),
				new ArrayList<>());
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<IndicatorView>> byItem = groupByItem(jdbc.sql(INDICATOR_COLUMNS + """
				WHERE ind.roadmap_item IN (SELECT id FROM roadmap_item WHERE roadmap_id = :roadmap)
				GROUP BY ind.id ORDER BY ind.roadmap_item, ind.sort_order, ind.id""")
			.param("roadmap", roadmapId).query(RoadmapCatalog::indicator).list());
		return rows.stream().map(r -> r.withIndicators(byItem.getOrDefault(r.id(), List.of()))).toList();
	}

	public Optional<ItemView> item(long itemId) {
		return withIndicators(jdbc.sql(ITEM_COLUMNS + " WHERE i.id = :id").param("id", itemId)
			.query((rs, n) -> item(rs)).list()).stream().findFirst();
	}

	public Optional<ItemView> itemByNumber(long roadmapId, String number) {
		return withIndicators(jdbc.sql(ITEM_COLUMNS + " WHERE i.roadmap_id = :roadmap AND i.number = :number")
			.param("roadmap", roadmapId).param("number", number)
			.query((rs, n) -> item(rs)).list()).stream().findFirst();
	}

	/** Items (of any roadmap) where the org unit is the lead or a co-executor, with indicators. */
	public List<ItemView> itemsOfExecutor(long orgUnitId) {
		return withIndicators(jdbc.sql(ITEM_COLUMNS + """
				WHERE i.id IN (SELECT roadmap_item FROM roadmap_item_executor WHERE org_unit_id = :unit)
				ORDER BY i.roadmap_id, i.sort_key, i.number""")
			.param("unit", orgUnitId).query((rs, n) -> item(rs)).list());
	}

	/** Items of a program's national roadmap (the owner's own), for choosing the one a regional item implements. */
	public List<ItemChoice> nationalItems(long programId) {
		return jdbc.sql("""
				SELECT i.id, i.number, i.name_kk, i.name_ru, i.name_en
				FROM roadmap_item i JOIN roadmap r ON r.id = i.roadmap_id JOIN program p ON p.id = r.program_id
				WHERE r.program_id = :program AND r.branch_id = p.owner_unit_id
				ORDER BY i.sort_key, i.number""")
			.param("program", programId)
			.query((rs, n) -> new ItemChoice(rs.getLong("id"), rs.getString("number"),
					text(rs, "name_kk", "name_ru", "name_en")))
			.list();
	}

	/** An item to choose from a list: id, number, name. */
	public record ItemChoice(long id, String number, LocalizedText name) {
	}

	/** The items that name this national item as the one they implement, by region and branch (indexed). */
	public List<NationalImplementation> implementationsOf(long nationalItemId) {
		return jdbc.sql("""
				SELECT i.id, i.number, i.name_kk, i.name_ru, i.name_en, r.id AS roadmap_id, r.status, b.id AS branch_id,
				       b.name_kk AS b_kk, b.name_ru AS b_ru, b.name_en AS b_en, r.region_id
				FROM roadmap_item i JOIN roadmap r ON r.id = i.roadmap_id JOIN org_unit b ON b.id = r.branch_id
				WHERE i.national_item_id = :national
				ORDER BY r.region_id, b.name_kk, i.sort_key""")
			.param("national", nationalItemId)
			.query((rs, n) -> new NationalImplementation(rs.getLong("id"), rs.getString("number"),
					text(rs, "name_kk", "name_ru", "name_en"), rs.getLong("roadmap_id"),
					RoadmapStatus.valueOf(rs.getString("status")), rs.getLong("branch_id"),
					text(rs, "b_kk", "b_ru", "b_en"), rs.getLong("region_id")))
			.list();
	}

	/** The org units that execute any item of a roadmap (for an executor filter), by Kazakh name. */
	public List<ExecutorView> executorsOf(long roadmapId) {
		return jdbc.sql("""
				SELECT u.id, u.code, u.name_kk, u.name_ru, u.name_en, bool_or(e.lead) AS lead
				FROM roadmap_item_executor e JOIN roadmap_item i ON i.id = e.roadmap_item
				JOIN org_unit u ON u.id = e.org_unit_id
				WHERE i.roadmap_id = :roadmap GROUP BY u.id ORDER BY bool_or(e.lead) DESC, u.name_kk""")
			.param("roadmap", roadmapId)
			.query((rs, n) -> new ExecutorView(rs.getLong("id"), rs.getString("code"),
					text(rs, "name_kk", "name_ru", "name_en"), rs.getBoolean("lead")))
			.list();
	}

	public Optional<IndicatorView> indicator(long indicatorId) {
		return jdbc.sql(INDICATOR_COLUMNS + " WHERE ind.id = :id GROUP BY ind.id").param("id", indicatorId)
			.query(RoadmapCatalog::indicator).optional();
	}

	/** Indicators of the given items, by item id, in their order. */
	public Map<Long, List<IndicatorView>> indicatorsOf(Collection<Long> itemIds) {
		if (itemIds.isEmpty()) {
			return Map.of();
		}
		return groupByItem(jdbc.sql(INDICATOR_COLUMNS + """
				WHERE ind.roadmap_item = ANY(:ids)
				GROUP BY ind.id ORDER BY ind.roadmap_item, ind.sort_order, ind.id""")
			.param("ids", itemIds.toArray(Long[]::new)).query(RoadmapCatalog::indicator).list());
	}

	/** Revisions of the planned values of an item's indicators, newest first. */
	public List<TargetRevisionView> revisions(long itemId) {
		return jdbc.sql("""
				SELECT r.indicator_id, r.year, r.old_planned, r.new_planned, r.reason, r.revised_by, r.revised_at
				FROM indicator_target_revision r JOIN indicator ind ON ind.id = r.indicator_id
				WHERE ind.roadmap_item = :item ORDER BY r.revised_at DESC, r.id DESC""")
			.param("item", itemId)
			.query((rs, n) -> new TargetRevisionView(rs.getLong("indicator_id"), rs.getInt("year"),
					rs.getBigDecimal("old_planned"), rs.getBigDecimal("new_planned"), rs.getString("reason"),
					rs.getString("revised_by"), rs.getObject("revised_at", OffsetDateTime.class)))
			.list();
	}

	private List<ItemView> itemQuery(long roadmapId, ItemFilter filter, String tail, Map<String, ?> extra,
			List<Object[]> totals) {
		ItemFilter f = filter == null ? ItemFilter.ALL : filter;
		String text = f.text() == null || f.text().isBlank() ? null : f.text().trim();
		Map<String, Object> params = new LinkedHashMap<>(extra);
		params.put("roadmap", roadmapId);
		params.put("direction", f.directionId());
		params.put("task", f.taskId());
		params.put("executor", f.executorId());
		params.put("year", f.year());
		params.put("text", text == null ? null : "%" + text.replace("\\", "\\\\").replace("%", "\\%")
			.replace("_", "\\_") + "%");
		params.put("plainText", text);
		params.put("project", f.projectId());
		String judged = "";
		if (f.judged()) {
			// Status is computed, never stored: the roadmap's items of the year are judged as a set by the
			// reporting module's rule (kenes_judged_items, V3_30: one indexed pass over the roadmap's rows of
			// indicator_progress), then joined to the page's items.
			LocalDate today = LocalDate.now(clock);
			int year = f.year() != null ? f.year() : today.getYear();
			LocalDate yearEnd = LocalDate.of(year, 12, 31);
			params.put("judgedYear", year);
			params.put("judgedOn", today.isAfter(yearEnd) ? yearEnd : today);
			params.put("status", f.status());
			params.put("overdue", f.overdue());
			judged = """
					  AND i.id IN (SELECT j.roadmap_item FROM kenes_judged_items(:roadmap, :judgedYear, :judgedOn) j
					                WHERE (CAST(:status AS TEXT) IS NULL OR j.status = :status)
					                  AND (NOT :overdue OR j.overdue))
					""";
		}
		return jdbc.sql(ITEM_COLUMNS + FILTER + judged + tail).params(params).query((rs, n) -> {
			if (n == 0) {
				totals.add(new Object[] { rs.getLong("total") });
			}
			return item(rs);
		}).list();
	}

	private List<ItemView> withIndicators(List<ItemView> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<IndicatorView>> byItem = indicatorsOf(rows.stream().map(ItemView::id).toList());
		return rows.stream().map(r -> r.withIndicators(byItem.getOrDefault(r.id(), List.of()))).toList();
	}

	private static Map<Long, List<IndicatorView>> groupByItem(List<IndicatorView> indicators) {
		Map<Long, List<IndicatorView>> byItem = new LinkedHashMap<>();
		indicators.forEach(i -> byItem.computeIfAbsent(i.itemId(), k -> new ArrayList<>()).add(i));
		return byItem;
	}

	private static ItemView item(ResultSet rs) throws SQLException {
		String kind = rs.getString("deadline_kind");
		Integer endYear = (Integer) rs.getObject("deadline_end_year");
		Deadline deadline = new Deadline(DeadlineKind.valueOf(kind), rs.getObject("deadline_date", LocalDate.class),
				endYear);
		List<ExecutorView> executors = new ArrayList<>();
		Long[] ids = array(rs.getArray("ex_ids"), Long[].class);
		if (ids != null) {
			Boolean[] leads = array(rs.getArray("ex_leads"), Boolean[].class);
			String[] codes = array(rs.getArray("ex_codes"), String[].class);
			String[] kk = array(rs.getArray("ex_kk"), String[].class);
			String[] ru = array(rs.getArray("ex_ru"), String[].class);
			String[] en = array(rs.getArray("ex_en"), String[].class);
			for (int i = 0; i < ids.length; i++) {
				executors.add(new ExecutorView(ids[i], codes[i], new LocalizedText(kk[i], ru[i], en[i]), leads[i]));
			}
		}
		String form = rs.getString("completion_form");
		String funding = rs.getString("funding_source");
		Long taskId = (Long) rs.getObject("task_id");
		Long directionId = (Long) rs.getObject("direction_id");
		return new ItemView(rs.getLong("id"), rs.getLong("roadmap_id"), rs.getLong("region_id"),
				rs.getString("number"), text(rs, "name_kk", "name_ru", "name_en"), CompletionForm.valueOf(form),
				taskId, (Integer) rs.getObject("task_number"),
				taskId == null ? null : text(rs, "task_kk", "task_ru", "task_en"), directionId,
				rs.getString("direction_code"),
				directionId == null ? null : text(rs, "direction_kk", "direction_ru", "direction_en"), deadline,
				rs.getBigDecimal("estimated_cost"), funding == null ? null : FundingSource.valueOf(funding),
				rs.getString("notes"), rs.getBoolean("is_example"), rs.getInt("version"), List.copyOf(executors),
				List.of(), (Long) rs.getObject("national_item_id"),
				List.of(array(rs.getArray("project_ids"), Long[].class)));
	}

	private static IndicatorView indicator(ResultSet rs, int n) throws SQLException {
		List<TargetView> targets = new ArrayList<>();
		Integer[] years = array(rs.getArray("years"), Integer[].class);
		if (years != null) {
			BigDecimal[] planned = array(rs.getArray("planned"), BigDecimal[].class);
			BigDecimal[] original = array(rs.getArray("original"), BigDecimal[].class);
			for (int i = 0; i < years.length; i++) {
				targets.add(new TargetView(years[i], planned[i], original[i]));
			}
		}
		return new IndicatorView(rs.getLong("id"), rs.getLong("roadmap_item"), rs.getLong("region_id"),
				text(rs, "name_kk", "name_ru", "name_en"), IndicatorUnit.valueOf(rs.getString("unit")),
				Aggregation.valueOf(rs.getString("aggregation")), rs.getInt("version"), List.copyOf(targets));
	}

	private static <T> T array(Array array, Class<T> type) throws SQLException {
		return array == null ? null : type.cast(array.getArray());
	}

	private static LocalizedText text(ResultSet rs, String kk, String ru, String en) throws SQLException {
		return new LocalizedText(rs.getString(kk), rs.getString(ru), rs.getString(en));
	}
}

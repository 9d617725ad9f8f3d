package kz.kenes.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import kz.kenes.support.KenesTest;

/**
 * The fast rollup path (regional parts summed, each cached against its region's version, read from
 * {@code indicator_progress}) against a plain aggregation written the obvious way: targets and accepted report values
 * read from their own tables, each indicator judged by {@link ProgressStatus#of} in Java, grouped with streams. On
 * random data of three new regions (committed, so the cache and the regional parts are used, and removed at the
 * end) for random filters: year, period, grouping (also by party project, where an item of two projects counts in
 * both), national / region / branch / roadmap / direction / executor / project, and items of one computed status or
 * overdue only (the plain side judges every item with {@link ProgressStatus#of}). Then a report accepted in one
 * region must show in the next national rollup.
 */
@KenesTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupCorrectnessTest {

	static final LocalDate TODAY = LocalDate.of(2025, 8, 15);
	static final String[] PERIODS = { "m3", "m6", "m10", "year", "q2", "7" };

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgressRollups rollups;

	@Autowired
	ProgressLedger ledger;

	@Autowired
	TransactionTemplate transactions;

	final Random random = new Random(20231);
	final List<Long> units = new ArrayList<>();
	final List<Long> roadmaps = new ArrayList<>();
	final List<Long> branches = new ArrayList<>();
	final List<Long> regions = new ArrayList<>();
	final List<Long> departments = new ArrayList<>();
	final List<Long> items = new ArrayList<>();
	final List<Long> projects = new ArrayList<>();
	ReportingFixture f;

	@BeforeAll
	void generate() {
		long started = System.nanoTime();
		transactions.executeWithoutResult(tx -> {
			f = new ReportingFixture(jdbc);
			for (int p = 0; p < 3; p++) {
				projects.add(jdbc.sql("""
						INSERT INTO party_project (code, name_kk, name_ru) VALUES (?, ?, ?) RETURNING id""")
					.params("p-" + f.tag + "-" + p, "Жоба " + p, "Проект " + p).query(Long.class).single());
			}
			for (int r = 0; r < 3; r++) {
				long region = unit("REGIONAL_BRANCH", null);
				regions.add(region);
				departments.add(unit("DEPARTMENT", region));
				departments.add(unit("DEPARTMENT", region));
				for (int b = 0; b < 2; b++) {
					long branch = unit("CITY_BRANCH", region);
					branches.add(branch);
					long roadmap = jdbc.sql("""
							INSERT INTO roadmap (program_id, branch_id, region_id, status)
							VALUES (?, ?, ?, 'APPROVED') RETURNING id""").params(f.program, branch, region)
						.query(Long.class).single();
					roadmaps.add(roadmap);
					for (int i = 1; i <= 25; i++) {
						items.add(item(roadmap, region, i));
					}
				}
			}
		});
		transactions.executeWithoutResult(tx -> {
			items.forEach(item -> {
				ledger.refresh(item, 2024);
				ledger.refresh(item, 2025);
			});
		});
		System.out.printf("RollupCorrectnessTest: %d items generated in %d ms%n", items.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	@AfterAll
	void remove() {
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("DELETE FROM period_report WHERE roadmap_item IN (:items)").param("items", items).update();
			jdbc.sql("DELETE FROM indicator WHERE roadmap_item IN (:items)").param("items", items).update();
			jdbc.sql("DELETE FROM roadmap_item WHERE id IN (:items)").param("items", items).update();
			jdbc.sql("DELETE FROM party_project WHERE id IN (:ids)").param("ids", projects).update();
			jdbc.sql("DELETE FROM roadmap WHERE id IN (:ids) OR program_id = :program").param("ids", roadmaps)
				.param("program", f.program).update();
			jdbc.sql("DELETE FROM program_task WHERE program_id = ?").params(f.program).update();
			jdbc.sql("DELETE FROM program WHERE id = ?").params(f.program).update();
			jdbc.sql("DELETE FROM direction WHERE id IN (?, ?)").params(f.directionYouth, f.directionCulture)
				.update();
			units.addAll(List.of(f.deptA, f.deptB));
			jdbc.sql("DELETE FROM org_unit WHERE id IN (:units) AND parent_id IS NOT NULL").param("units", units)
				.update();
			jdbc.sql("DELETE FROM org_unit WHERE id IN (:units) OR id IN (:fixture)").param("units", units)
				.param("fixture", List.of(f.branch, f.otherBranch)).update();
		});
	}

	@Test
	void theFastPathEqualsAPlainAggregationOnRandomFilters() {
		long started = System.nanoTime();
		for (int n = 0; n < 40; n++) {
			RollupFilter filter = randomFilter();
			assertSameAsPlain(filter);
		}
		System.out.printf("RollupCorrectnessTest: 40 filters compared in %d ms%n", (System.nanoTime() - started) / 1_000_000);
	}

	@Test
	void everyStatusAndOverdueFilterEqualsThePlainJudgement() {
		for (int year = 2024; year <= 2025; year++) {
			for (ProgressStatus status : ProgressStatus.values()) {
				if (status == ProgressStatus.NO_TARGET) {
					continue;
				}
				RollupFilter national = RollupFilter.of(year, ReportPeriod.wholeYear(year), RollupDimension.DIRECTION)
					.narrowed(null, status, false);
				assertSameAsPlain(national);
				assertSameAsPlain(national.by(RollupDimension.PROJECT));
				RollupFilter oneRoadmap = national.roadmap(roadmaps.get(year - 2024)).by(RollupDimension.ITEM);
				assertSameAsPlain(oneRoadmap);
				rollups.rollup(oneRoadmap, TODAY).rows().forEach(row -> assertThat(statusCount(row, status))
					.as("an item listed for %s has that status", status).isEqualTo(1));
			}
			assertSameAsPlain(RollupFilter.of(year, ReportPeriod.parse(year, "m6"), RollupDimension.BRANCH)
				.narrowed(null, null, true));
		}
		// the generated data has items of every status, so that each filter above was tested on some
		RollupFilter all = RollupFilter.of(2025, ReportPeriod.wholeYear(2025), RollupDimension.DIRECTION);
		Rollup.Row total = rollups.rollup(all, TODAY).total();
		Rollup.Row total2024 = rollups.rollup(RollupFilter.of(2024, ReportPeriod.wholeYear(2024),
				RollupDimension.DIRECTION), TODAY).total();
		assertThat(List.of(total.done(), total.onTrack(), total.behind(), total.notDone() + total2024.notDone(),
				total.problem())).allMatch(n -> n > 0);
	}

	private static int statusCount(Rollup.Row row, ProgressStatus status) {
		return switch (status) {
			case DONE -> row.done();
			case ON_TRACK -> row.onTrack();
			case BEHIND -> row.behind();
			case NOT_DONE -> row.notDone();
			case PROBLEM -> row.problem();
			case NO_TARGET -> row.noTarget();
		};
	}

	@Test
	void aReportAcceptedInOneRegionIsInTheNextNationalRollup() {
		RollupFilter national = RollupFilter.of(2025, ReportPeriod.wholeYear(2025), RollupDimension.BRANCH);
		Rollup before = rollups.rollup(national, TODAY);
		assertSameAsPlain(national);

		long item = items.get(7);
		long indicator = jdbc.sql("SELECT min(id) FROM indicator WHERE roadmap_item = ?").params(item)
			.query(Long.class).single();
		transactions.executeWithoutResult(tx -> {
			long report = report(item, 2025, 12);
			jdbc.sql("INSERT INTO report_value (period_report, indicator, region_id, actual) VALUES (?, ?, ?, ?)")
				.params(report, indicator, regionOf(item), new BigDecimal("1000000")).update();
			ledger.refresh(item, 2025);
		});

		Rollup after = rollups.rollup(national, TODAY);
		long branch = jdbc.sql("SELECT r.branch_id FROM roadmap_item ri JOIN roadmap r ON r.id = ri.roadmap_id "
				+ "WHERE ri.id = ?").params(item).query(Long.class).single();
		String unit = jdbc.sql("SELECT unit FROM indicator WHERE id = ?").params(indicator).query(String.class)
			.single();
		assertThat(row(after, branch).units().get(unit).actual())
			.isGreaterThanOrEqualTo(row(before, branch).units().get(unit).actual().add(new BigDecimal("900000")));
		assertSameAsPlain(national);
	}

	private static Rollup.Row row(Rollup rollup, long key) {
		return rollup.rows().stream().filter(r -> Objects.equals(r.key(), key)).findFirst().orElseThrow();
	}

	private RollupFilter randomFilter() {
		int year = 2024 + random.nextInt(2);
		ReportPeriod period = ReportPeriod.parse(year, PERIODS[random.nextInt(PERIODS.length)]);
		RollupDimension by = RollupDimension.values()[random.nextInt(RollupDimension.values().length)];
		Long roadmap = null;
		Long branch = null;
		Long region = null;
		Long direction = null;
		Long executor = null;
		Long project = null;
		switch (random.nextInt(7)) {
			case 0 -> roadmap = pick(roadmaps);
			case 1 -> branch = pick(branches);
			case 2 -> region = pick(regions);
			case 3 -> direction = random.nextBoolean() ? f.directionYouth : f.directionCulture;
			case 4 -> executor = pick(departments);
			case 5 -> project = pick(projects);
			default -> {
			}
		}
		if (by == RollupDimension.ITEM && roadmap == null && branch == null) {
			roadmap = pick(roadmaps);
		}
		ProgressStatus status = random.nextInt(3) == 0
				? ProgressStatus.values()[1 + random.nextInt(ProgressStatus.values().length - 1)] : null;
		return new RollupFilter(year, period, by, roadmap, direction, null, executor, branch, region, project, status,
				random.nextInt(5) == 0);
	}

	private long pick(List<Long> ids) {
		return ids.get(random.nextInt(ids.size()));
	}

	private void assertSameAsPlain(RollupFilter filter) {
		Rollup fast = rollups.rollup(filter, TODAY);
		Map<Long, Group> plain = plain(filter);
		Map<Long, Rollup.Row> rows = fast.rows().stream()
			.collect(HashMap::new, (m, r) -> m.put(r.key(), r), HashMap::putAll);
		assertThat(rows.keySet()).as("groups of %s", filter).isEqualTo(plain.keySet());
		plain.forEach((key, expected) -> {
			Rollup.Row row = rows.get(key);
			String what = filter + " group " + key;
			assertThat(row.items()).as(what).isEqualTo(expected.items());
			assertThat(List.of(row.noTarget(), row.done(), row.onTrack(), row.behind(), row.notDone(),
					row.problem())).as(what).isEqualTo(expected.byStatus());
			assertThat(row.units().keySet()).as(what).isEqualTo(expected.units().keySet());
			expected.units().forEach((unit, sum) -> {
				assertThat(row.units().get(unit).planned()).as(what).isEqualByComparingTo(sum[0]);
				assertThat(row.units().get(unit).originalPlanned()).as(what).isEqualByComparingTo(sum[1]);
				assertThat(row.units().get(unit).actual()).as(what).isEqualByComparingTo(sum[2]);
			});
			if (expected.percent() == null) {
				assertThat(row.percentDone()).as(what).isNull();
			}
			else {
				assertThat(row.percentDone()).as(what).isCloseTo(expected.percent(), within(new BigDecimal("0.1")));
			}
		});
		assertThat(fast.total().items()).isEqualTo(plain.values().stream().mapToInt(Group::items).sum());
	}

	/** One indicator in a year, read from targets and accepted reports (never from indicator_progress). */
	record Plain(long item, Long key, String unit, BigDecimal planned, BigDecimal originalPlanned,
			BigDecimal actual, ProgressStatus status, boolean overdue) {
	}

	record Group(int items, List<Integer> byStatus, Map<String, BigDecimal[]> units, BigDecimal percent) {
	}

	private Map<Long, Group> plain(RollupFilter filter) {
		LocalDate asOf = filter.period().end().isBefore(TODAY) ? filter.period().end() : TODAY;
		int year = filter.year();
		String key = switch (filter.by()) {
			case DIRECTION -> "ri.direction_id";
			case TASK -> "ri.task_id";
			case EXECUTOR -> "lead.org_unit_id";
			case BRANCH -> "r.branch_id";
			case ITEM -> "ri.id";
			case PROJECT -> "ip.project_id";
		};
		String projects = filter.by() == RollupDimension.PROJECT
				? "JOIN roadmap_item_project ip ON ip.roadmap_item = ri.id" : "";
		List<Plain> indicators = jdbc.sql("""
				SELECT ri.id AS item, %s AS key, i.unit, t.planned, t.original_planned,
				       ri.deadline_kind, ri.deadline_date, prev.planned AS prev_planned,
				       (SELECT v.actual FROM report_value v JOIN period_report pr ON pr.id = v.period_report
				         WHERE v.indicator = i.id AND pr.year = :year AND pr.status = 'ACCEPTED'
				           AND pr.last_month <= :month
				         ORDER BY pr.last_month DESC, pr.reviewed_at DESC LIMIT 1) AS actual,
				       (SELECT v.actual FROM report_value v JOIN period_report pr ON pr.id = v.period_report
				         WHERE v.indicator = i.id AND pr.year = :year - 1 AND pr.status = 'ACCEPTED'
				         ORDER BY pr.last_month DESC, pr.reviewed_at DESC LIMIT 1) AS prev_actual
				  FROM indicator_target t
				  JOIN indicator i ON i.id = t.indicator
				  JOIN roadmap_item ri ON ri.id = i.roadmap_item
				  JOIN roadmap r ON r.id = ri.roadmap_id
				  LEFT JOIN roadmap_item_executor lead ON lead.roadmap_item = ri.id AND lead.lead
				  LEFT JOIN indicator_target prev ON prev.indicator = i.id AND prev.year = :year - 1
				  %s
				 WHERE t.year = :year
				   AND (CAST(:project AS bigint) IS NULL OR EXISTS (SELECT 1 FROM roadmap_item_project fp
				        WHERE fp.roadmap_item = ri.id AND fp.project_id = :project))
				   AND (CAST(:roadmap AS bigint) IS NULL OR ri.roadmap_id = :roadmap)
				   AND (CAST(:branch AS bigint) IS NULL OR r.branch_id = :branch)
				   AND (CAST(:region AS bigint) IS NULL OR ri.region_id = :region)
				   AND (CAST(:direction AS bigint) IS NULL OR ri.direction_id = :direction)
				   AND (CAST(:executor AS bigint) IS NULL OR lead.org_unit_id = :executor)""".formatted(key, projects))
			.param("project", filter.projectId())
			.param("year", year).param("month", filter.period().lastMonth()).param("roadmap", filter.roadmapId())
			.param("branch", filter.branchId()).param("region", filter.regionId())
			.param("direction", filter.directionId()).param("executor", filter.executorId())
			.query((rs, n) -> {
				String kind = rs.getString("deadline_kind");
				LocalDate deadline = rs.getObject("deadline_date", LocalDate.class);
				BigDecimal prevPlanned = rs.getBigDecimal("prev_planned");
				BigDecimal prevActual = rs.getBigDecimal("prev_actual");
				boolean shortLastYear = prevPlanned != null && prevPlanned.signum() > 0
						&& (prevActual == null ? BigDecimal.ZERO : prevActual).compareTo(prevPlanned) < 0
						&& !ProgressFigures.dueOn(kind, deadline, year - 1).isAfter(asOf);
				BigDecimal actual = rs.getBigDecimal("actual");
				BigDecimal planned = rs.getBigDecimal("planned");
				LocalDate due = ProgressFigures.dueOn(kind, deadline, year);
				BigDecimal done = actual == null ? BigDecimal.ZERO : actual;
				return new Plain(rs.getLong("item"), (Long) rs.getObject("key"), rs.getString("unit"), planned,
						rs.getBigDecimal("original_planned"), done,
						ProgressStatus.of(planned, actual, LocalDate.of(year, 1, 1), due, asOf, shortLastYear),
						planned.signum() > 0 && done.compareTo(planned) < 0 && !due.isAfter(asOf));
			})
			.list();
		if (filter.status() != null || filter.overdue()) {
			// an item's status is the worst of all its indicators (an item in two projects: rows in both groups)
			Map<Long, List<Plain>> itemRows = indicators.stream().collect(Collectors.groupingBy(Plain::item));
			indicators = indicators.stream().filter(p -> {
				List<Plain> all = itemRows.get(p.item());
				return (filter.status() == null
						|| ProgressStatus.worst(all.stream().map(Plain::status).toList()) == filter.status())
						&& (!filter.overdue() || all.stream().anyMatch(Plain::overdue));
			}).toList();
		}
		if (filter.by() == RollupDimension.PROJECT && filter.projectId() != null) {
			indicators = indicators.stream().filter(p -> filter.projectId().equals(p.key())).toList();
		}

		Map<Long, Group> groups = new HashMap<>();
		indicators.stream().collect(Collectors.groupingBy(p -> Objects.requireNonNullElse(p.key(), -1L)))
			.forEach((k, list) -> {
				Map<Long, List<Plain>> byItem = list.stream().collect(Collectors.groupingBy(Plain::item));
				Integer[] counts = { 0, 0, 0, 0, 0, 0 };
				byItem.values().forEach(ind -> counts[ProgressStatus
					.worst(ind.stream().map(Plain::status).toList()).ordinal()]++);
				Map<String, BigDecimal[]> units = new TreeMap<>();
				list.forEach(p -> {
					BigDecimal[] s = units.computeIfAbsent(p.unit(),
							u -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
					s[0] = s[0].add(p.planned());
					s[1] = s[1].add(p.originalPlanned());
					s[2] = s[2].add(p.actual());
				});
				List<BigDecimal> ratios = list.stream().filter(p -> p.planned().signum() > 0)
					.map(p -> p.actual().divide(p.planned(), MathContext.DECIMAL128).min(BigDecimal.ONE))
					.toList();
				BigDecimal percent = ratios.isEmpty() ? null
						: ratios.stream().reduce(BigDecimal.ZERO, BigDecimal::add).multiply(BigDecimal.valueOf(100))
							.divide(BigDecimal.valueOf(ratios.size()), 1, RoundingMode.HALF_UP);
				groups.put(k == -1L ? null : k, new Group(byItem.size(), List.of(counts), units, percent));
			});
		return groups;
	}

	private long unit(String kind, Long region) {
		long id = jdbc.sql("""
				INSERT INTO org_unit (parent_id, kind, code, name_kk, name_ru, name_en, path)
				VALUES (:parent, :kind, :code, :code, :code, :code, '/') RETURNING id""")
			.param("parent", region).param("kind", kind).param("code", kind + "-" + f.tag + "-" + units.size())
			.query(Long.class).single();
		jdbc.sql("UPDATE org_unit SET region_id = COALESCE(:region, :id) WHERE id = :id").param("region", region)
			.param("id", id).update();
		units.add(id);
		return id;
	}

	/** An item with 1-3 indicators, targets for 2024 and (mostly) 2025, and monthly reports in random states. */
	private long item(long roadmap, long region, int number) {
		boolean dated = random.nextInt(4) == 0;
		long item = jdbc.sql("""
				INSERT INTO roadmap_item (roadmap_id, region_id, number, sort_key, name_kk, name_ru,
				    completion_form, task_id, direction_id, deadline_kind, deadline_date, deadline_end_year)
				VALUES (:roadmap, :region, :number, :sort, :name, :name, 'EVENT', :task, :direction, :kind,
				    :date, :endYear) RETURNING id""")
			.param("roadmap", roadmap).param("region", region).param("number", String.valueOf(number))
			.param("sort", number).param("name", "Іс-шара " + number)
			.param("task", random.nextBoolean() ? f.task1 : f.task2)
			.param("direction", random.nextInt(5) == 0 ? null
					: random.nextBoolean() ? f.directionYouth : f.directionCulture)
			.param("kind", dated ? "DATE" : "ANNUALLY")
			.param("date", dated ? LocalDate.of(2024 + random.nextInt(2), 1 + random.nextInt(12), 10) : null)
			.param("endYear", dated ? null : 2027).query(Long.class).single();
		List<Long> regionDepartments = departments.subList(departments.size() - 2, departments.size());
		// 0, 1 or 2 party projects
		List<Long> shuffled = new ArrayList<>(projects);
		java.util.Collections.shuffle(shuffled, random);
		for (Long project : shuffled.subList(0, random.nextInt(3))) {
			jdbc.sql("INSERT INTO roadmap_item_project (roadmap_item, project_id, region_id) VALUES (?, ?, ?)")
				.params(item, project, region).update();
		}
		if (random.nextInt(10) > 0) {
			jdbc.sql("INSERT INTO roadmap_item_executor (roadmap_item, org_unit_id, lead) VALUES (?, ?, TRUE)")
				.params(item, regionDepartments.get(random.nextInt(2))).update();
		}
		int indicators = 1 + random.nextInt(3);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < indicators; i++) {
			String unit = List.of("EVENTS", "PARTICIPANTS", "FACILITIES").get(i);
			long indicator = jdbc.sql("""
					INSERT INTO indicator (roadmap_item, region_id, name_kk, name_ru, unit)
					VALUES (?, ?, ?, ?, ?) RETURNING id""").params(item, region, unit, unit, unit)
				.query(Long.class).single();
			ids.add(indicator);
			for (int year = 2024; year <= 2025; year++) {
				if (year == 2025 && random.nextInt(6) == 0) {
					continue;
				}
				int planned = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(40);
				jdbc.sql("""
						INSERT INTO indicator_target (indicator, year, planned, original_planned)
						VALUES (?, ?, ?, ?)""")
					.params(indicator, year, planned, planned + random.nextInt(3)).update();
			}
		}
		for (int year = 2024; year <= 2025; year++) {
			BigDecimal[] ytd = new BigDecimal[indicators];
			java.util.Arrays.fill(ytd, BigDecimal.ZERO);
			int months = year == 2025 ? 7 : 12;
			for (int month = 1; month <= months; month++) {
				if (random.nextInt(3) == 0) {
					continue;
				}
				long report = report(item, year, month);
				String status = List.of("ACCEPTED", "ACCEPTED", "ACCEPTED", "SUBMITTED", "RETURNED", "DRAFT")
					.get(random.nextInt(6));
				jdbc.sql("UPDATE period_report SET status = ? WHERE id = ?").params(status, report).update();
				for (int i = 0; i < indicators; i++) {
					ytd[i] = ytd[i].add(BigDecimal.valueOf(random.nextInt(6)));
					jdbc.sql("""
							INSERT INTO report_value (period_report, indicator, region_id, actual)
							VALUES (?, ?, ?, ?)""").params(report, ids.get(i), region, ytd[i]).update();
				}
			}
		}
		return item;
	}

	private long report(long item, int year, int month) {
		return jdbc.sql("""
				INSERT INTO period_report (roadmap_item, region_id, executor_id, year, first_month, last_month,
				    status, created_by, reviewed_at)
				SELECT ri.id, ri.region_id, COALESCE(e.org_unit_id, :anyUnit), :year, :month, :month, 'ACCEPTED',
				       'test', now()
				  FROM roadmap_item ri LEFT JOIN roadmap_item_executor e ON e.roadmap_item = ri.id AND e.lead
				 WHERE ri.id = :item
				ON CONFLICT (roadmap_item, year, first_month, last_month) DO UPDATE SET status = 'ACCEPTED',
				    reviewed_at = now()
				RETURNING id""")
			.param("item", item).param("year", year).param("month", month).param("anyUnit", f.deptA)
			.query(Long.class).single();
	}

	private long regionOf(long item) {
		return jdbc.sql("SELECT region_id FROM roadmap_item WHERE id = ?").params(item).query(Long.class).single();
	}
}

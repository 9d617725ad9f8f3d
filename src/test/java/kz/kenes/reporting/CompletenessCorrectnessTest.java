package kz.kenes.reporting;

import static kz.kenes.reporting.ReportingFixture.as;
import static kz.kenes.reporting.ReportingFixture.reporter;
import static kz.kenes.reporting.ReportingFixture.secretary;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import kz.kenes.reporting.ReportCompleteness.ExecutorCompleteness;
import kz.kenes.reporting.ReportCompleteness.MissingReports;
import kz.kenes.support.KenesTest;

/**
 * Completeness read from {@code report_month_received} (kept by triggers, summed over cached regional parts) against
 * the plain aggregation over every period report, on random committed data of two regions: monthly, quarterly and
 * "months to date" reports, drafts, late and early first submissions, returned and resubmitted reports, late first
 * submissions of drafts and deleted drafts; then a report submitted through the workflow counts at once.
 */
@KenesTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompletenessCorrectnessTest {

	static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
	static final List<LocalDate> TODAYS = List.of(LocalDate.of(2025, 8, 15), LocalDate.of(2025, 1, 5),
			LocalDate.of(2024, 6, 10), LocalDate.of(2024, 6, 11), LocalDate.of(2026, 3, 1));

	/** The aggregation completeness was first written as, over all period reports (kept here only). */
	static final String PLAIN = """
			WITH items AS (
			    SELECT DISTINCT roadmap_item, lead_executor_id FROM indicator_progress
			     WHERE year = :year AND lead_executor_id IS NOT NULL
			       AND (CAST(:roadmap AS bigint) IS NULL OR roadmap_id = :roadmap)
			), months AS (
			    SELECT m, make_date(:year, m, 1) + interval '1 month' + interval '9 days' AS due
			      FROM generate_series(1, 12) AS m
			     WHERE make_date(:year, m, 1) + interval '1 month' <= :today
			), expected AS (
			    SELECT i.roadmap_item, i.lead_executor_id, m.m, m.due::date AS due, s.first_submitted
			      FROM items i CROSS JOIN months m
			      LEFT JOIN LATERAL (
			           SELECT min(r.first_submitted_at AT TIME ZONE 'Asia/Almaty') AS first_submitted
			             FROM period_report r
			            WHERE r.roadmap_item = i.roadmap_item AND r.year = :year AND r.last_month = m.m
			              AND r.first_submitted_at IS NOT NULL) s ON TRUE
			)
			""";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportCompleteness completeness;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	TransactionTemplate transactions;

	final Random random = new Random(20251125);
	final List<Long> items = new ArrayList<>();
	final List<Long> roadmaps = new ArrayList<>();
	ReportingFixture f;
	int comparisons;

	@BeforeAll
	void generate() {
		transactions.executeWithoutResult(tx -> {
			f = new ReportingFixture(jdbc);
			roadmaps.add(f.roadmap);
			roadmaps.add(jdbc.sql("""
					INSERT INTO roadmap (program_id, branch_id, region_id, status)
					VALUES (?, ?, ?, 'APPROVED') RETURNING id""").params(f.program, f.otherBranch, f.otherBranch)
				.query(Long.class).single());
			for (long roadmap : roadmaps) {
				long region = roadmap == f.roadmap ? f.branch : f.otherBranch;
				for (int n = 1; n <= 20; n++) {
					items.add(item(roadmap, region, n));
				}
			}
			for (long item : items) {
				for (int year = 2024; year <= 2025; year++) {
					for (int month = 1; month <= 12; month++) {
						reports(item, year, month);
					}
				}
			}
		});
		// Later: drafts submitted late, reports returned and resubmitted, drafts deleted.
		transactions.executeWithoutResult(tx -> {
			for (long id : jdbc.sql("SELECT id FROM period_report WHERE roadmap_item IN (:items) ORDER BY id")
				.param("items", items).query(Long.class).list()) {
				switch (random.nextInt(8)) {
					case 0 -> jdbc.sql("""
							UPDATE period_report SET status = 'SUBMITTED', first_submitted_at = :at, submitted_at = :at
							 WHERE id = :id AND first_submitted_at IS NULL""")
						.param("id", id).param("at", java.sql.Timestamp.from(java.time.Instant.now())).update();
					case 1 -> jdbc.sql("""
							UPDATE period_report SET status = 'RESUBMITTED', submitted_at = submitted_at + interval '9 days'
							 WHERE id = :id AND first_submitted_at IS NOT NULL""").param("id", id).update();
					case 2 -> jdbc.sql("DELETE FROM period_report WHERE id = ? AND status = 'DRAFT'").params(id)
						.update();
					default -> {
					}
				}
			}
		});
	}

	@AfterAll
	void remove() {
		if (items.isEmpty()) {
			return;
		}
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("DELETE FROM period_report WHERE roadmap_item IN (:items)").param("items", items).update();
			jdbc.sql("DELETE FROM roadmap_item WHERE id IN (:items)").param("items", items).update();
			jdbc.sql("DELETE FROM roadmap WHERE id IN (:ids)").param("ids", roadmaps).update();
			f.remove();
		});
	}

	@Test
	@Order(1)
	void theFastPathEqualsThePlainAggregation() {
		assertThat(jdbc.sql("SELECT count(*) FROM report_month_received WHERE roadmap_item IN (:items)")
			.param("items", items).query(Long.class).single()).as("received months").isGreaterThan(100);
		for (int year = 2024; year <= 2025; year++) {
			for (LocalDate today : TODAYS) {
				assertSame(year, null, today);
				for (long roadmap : roadmaps) {
					assertSame(year, roadmap, today);
				}
			}
		}
		assertThat(comparisons).isGreaterThan(25);
	}

	@Test
	@Order(2)
	void aReportSubmittedThroughTheWorkflowCountsAtOnce() {
		LocalDate today = TODAYS.get(0);
		long item = items.stream().filter(i -> lead(i) != null && !anyReport(i, 2025, 5)
				&& hasTarget(i, 2025)).findFirst().orElseThrow();
		long lead = lead(item);
		ExecutorCompleteness before = executor(completeness.byExecutor(2025, null, today), lead);

		PeriodReport opened = as(reporter(lead), () -> workflow.open(item, ReportPeriod.month(2025, 5)));
		PeriodReport edited = as(reporter(lead), () -> workflow.edit(opened.getId(), opened.getVersion(), Map.of(),
				"Жұмыс жүргізілді", "Работа проведена"));
		ExecutorCompleteness draft = executor(completeness.byExecutor(2025, null, today), lead);
		assertThat(draft).isEqualTo(before);

		PeriodReport submitted = as(reporter(lead), () -> workflow.submit(edited.getId(), edited.getVersion()));
		ExecutorCompleteness after = executor(completeness.byExecutor(2025, null, today), lead);
		assertThat(after.received()).isEqualTo(before.received() + 1);
		assertThat(after.onTime()).as("submitted in %s, long after the 10th of June 2025", LocalDate.now())
			.isEqualTo(before.onTime());
		assertThat(after.expected()).isEqualTo(before.expected());
		assertSame(2025, null, today);

		PeriodReport returned = as(secretary(regionOf(item)),
				() -> workflow.returnWith(submitted.getId(), submitted.getVersion(), "Қайта қараңыз"));
		as(reporter(lead), () -> workflow.submit(returned.getId(), returned.getVersion()));
		assertThat(executor(completeness.byExecutor(2025, null, today), lead)).isEqualTo(after);
		assertSame(2025, null, today);
	}

	private void assertSame(int year, Long roadmap, LocalDate today) {
		String what = year + " roadmap " + roadmap + " as of " + today;
		Map<Long, ExecutorCompleteness> fast = completeness.byExecutor(year, roadmap, today).stream()
			.collect(Collectors.toMap(ExecutorCompleteness::executorId, Function.identity()));
		assertThat(fast).as(what).isEqualTo(plainByExecutor(year, roadmap, today));
		assertThat(completeness.missing(year, roadmap, null, today)).as(what)
			.isEqualTo(plainMissing(year, roadmap, today));
		comparisons++;
	}

	private Map<Long, ExecutorCompleteness> plainByExecutor(int year, Long roadmap, LocalDate today) {
		return jdbc.sql(PLAIN + """
				SELECT e.lead_executor_id, u.code, u.name_kk, u.name_ru, u.name_en,
				       count(DISTINCT e.roadmap_item) AS items, count(*) AS expected,
				       count(e.first_submitted) AS received,
				       count(*) FILTER (WHERE e.first_submitted::date <= e.due) AS on_time
				  FROM expected e JOIN org_unit u ON u.id = e.lead_executor_id
				 GROUP BY e.lead_executor_id, u.code, u.name_kk, u.name_ru, u.name_en""")
			.param("year", year).param("roadmap", roadmap).param("today", today)
			.query((rs, n) -> new ExecutorCompleteness(rs.getLong(1), rs.getString(2),
					new kz.kenes.i18n.LocalizedText(rs.getString(3), rs.getString(4), rs.getString(5)),
					rs.getInt("items"), rs.getInt("expected"), rs.getInt("received"), rs.getInt("on_time")))
			.list().stream().collect(Collectors.toMap(ExecutorCompleteness::executorId, Function.identity()));
	}

	private List<MissingReports> plainMissing(int year, Long roadmap, LocalDate today) {
		return jdbc.sql(PLAIN + """
				SELECT e.roadmap_item, ri.number, ri.name_kk, ri.name_ru, COALESCE(ri.name_en, ri.name_ru) AS name_en,
				       e.lead_executor_id, u.name_kk AS u_kk, u.name_ru AS u_ru, u.name_en AS u_en,
				       string_agg(e.m::text, ',' ORDER BY e.m) AS months
				  FROM expected e
				  JOIN roadmap_item ri ON ri.id = e.roadmap_item
				  JOIN org_unit u ON u.id = e.lead_executor_id
				 WHERE e.first_submitted IS NULL AND e.due < :today
				 GROUP BY e.roadmap_item, ri.number, ri.name_kk, ri.name_ru, ri.name_en, ri.roadmap_id, ri.sort_key,
				          e.lead_executor_id, u.name_kk, u.name_ru, u.name_en
				 ORDER BY u.name_kk, ri.roadmap_id, ri.sort_key""")
			.param("year", year).param("roadmap", roadmap).param("today", today)
			.query((rs, n) -> new MissingReports(rs.getLong(1), rs.getString(2),
					new kz.kenes.i18n.LocalizedText(rs.getString(3), rs.getString(4), rs.getString(5)),
					rs.getLong(6), new kz.kenes.i18n.LocalizedText(rs.getString(7), rs.getString(8), rs.getString(9)),
					Arrays.stream(rs.getString("months").split(",")).map(Integer::valueOf).toList()))
			.list();
	}

	/** An item with one indicator, a target in 2024 and (mostly) 2025, a lead executor (mostly) A or B. */
	private long item(long roadmap, long region, int number) {
		long item = jdbc.sql("""
				INSERT INTO roadmap_item (roadmap_id, region_id, number, sort_key, name_kk, name_ru,
				    completion_form, task_id, direction_id, deadline_kind, deadline_end_year)
				VALUES (:roadmap, :region, :number, :sort, :name, :name, 'EVENT', :task, :direction, 'ANNUALLY',
				    2027) RETURNING id""")
			.param("roadmap", roadmap).param("region", region).param("number", String.valueOf(number))
			.param("sort", number).param("name", "Іс-шара " + number).param("task", f.task1).param("direction", f.directionYouth)
			.query(Long.class).single();
		if (random.nextInt(8) > 0) {
			jdbc.sql("INSERT INTO roadmap_item_executor (roadmap_item, org_unit_id, lead) VALUES (?, ?, TRUE)")
				.params(item, random.nextBoolean() ? f.deptA : f.deptB).update();
		}
		long indicator = jdbc.sql("""
				INSERT INTO indicator (roadmap_item, region_id, name_kk, name_ru, unit)
				VALUES (?, ?, 'Іс-шаралар', 'Мероприятия', 'EVENTS') RETURNING id""").params(item, region)
			.query(Long.class).single();
		f.target(indicator, 2024, 12);
		if (random.nextInt(6) > 0) {
			f.target(indicator, 2025, 12);
		}
		return item;
	}

	/** Nothing, a monthly report, or also a quarter or months-to-date report ending in the month, some drafts. */
	private void reports(long item, int year, int month) {
		int kind = random.nextInt(6);
		if (kind == 0) {
			return;
		}
		report(item, year, month, month);
		if (kind == 1 && month % 3 == 0) {
			report(item, year, month - 2, month);
		}
		if (kind == 2 && month > 1) {
			report(item, year, 1, month);
		}
	}

	private void report(long item, int year, int firstMonth, int lastMonth) {
		boolean draft = random.nextInt(5) == 0;
		// First submitted from the 1st of the next month to the 25th, at any hour of the day in Almaty: on the
		// 10th, 23:30 local time is still on time though it is the 10th at 18:30 UTC; the 11th, 01:00 local is late
		// though it is still the 10th in UTC.
		LocalDate day = LocalDate.of(year, lastMonth, 1).plusMonths(1).plusDays(random.nextInt(25));
		LocalTime time = random.nextBoolean() ? LocalTime.of(random.nextBoolean() ? 0 : 23, 30)
				: LocalTime.of(random.nextInt(24), random.nextInt(60));
		java.sql.Timestamp at = draft ? null
				: java.sql.Timestamp.from(day.atTime(time).atZone(ALMATY).toInstant());
		jdbc.sql("""
				INSERT INTO period_report (roadmap_item, region_id, executor_id, year, first_month, last_month,
				    status, created_by, first_submitted_at, submitted_at)
				SELECT ri.id, ri.region_id, COALESCE(e.org_unit_id, :anyUnit), :year, :first, :last, :status,
				       'test', :at, :at
				  FROM roadmap_item ri LEFT JOIN roadmap_item_executor e ON e.roadmap_item = ri.id AND e.lead
				 WHERE ri.id = :item""")
			.param("item", item).param("year", year).param("first", firstMonth).param("last", lastMonth)
			.param("status", draft ? "DRAFT" : List.of("SUBMITTED", "ACCEPTED", "RETURNED").get(random.nextInt(3)))
			.param("at", at).param("anyUnit", f.deptA).update();
	}

	private Long lead(long item) {
		return jdbc.sql("SELECT org_unit_id FROM roadmap_item_executor WHERE roadmap_item = ? AND lead")
			.params(item).query(Long.class).optional().orElse(null);
	}

	private boolean anyReport(long item, int year, int month) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM period_report WHERE roadmap_item = ? AND year = ? AND last_month = ?)""")
			.params(item, year, month).query(Boolean.class).single();
	}

	private boolean hasTarget(long item, int year) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM indicator_progress WHERE roadmap_item = ? AND year = ?)")
			.params(item, year).query(Boolean.class).single();
	}

	private long regionOf(long item) {
		return jdbc.sql("SELECT region_id FROM roadmap_item WHERE id = ?").params(item).query(Long.class).single();
	}

	private static ExecutorCompleteness executor(List<ExecutorCompleteness> list, long id) {
		return list.stream().filter(e -> e.executorId() == id).findFirst().orElseThrow();
	}
}

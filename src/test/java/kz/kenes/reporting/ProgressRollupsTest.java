package kz.kenes.reporting;

import static kz.kenes.reporting.ReportingFixture.as;
import static kz.kenes.reporting.ReportingFixture.reporter;
import static kz.kenes.reporting.ReportingFixture.secretary;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.kenes.support.KenesTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rollup SQL on real PostgreSQL against numbers worked out by hand. Four items of a fresh roadmap, 2024 targets,
 * reports for January–June accepted (and 2023 year reports for two of them):
 * <pre>
 * item dir     task exec  indicator: planned -> accepted by June          status as of 30 June 2024
 * 1    youth   1    A     events 12 -> 6                                  on track (6/12 >= 182/366)
 * 2    youth   2    B     events 10 -> 10, participants 1000 -> 300      behind (300/1000 < 182/366)
 * 3    culture 1    A     events 4 -> 4       (2023: 2 of 4)              done (done beats last year's shortfall)
 * 4    culture 2    B     events 8 -> 1       (2023: 3 of 8)              problem (short again)
 * </pre>
 * At the end of 2024 (nothing more accepted), items 1 and 2 are not done. Each test runs in a transaction rolled
 * back at its end, so its rows never reach other modules' tests.
 */
@KenesTest
@Transactional
class ProgressRollupsTest {

	static final LocalDate LATER = LocalDate.of(2030, 1, 1);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	ProgressRollups rollups;

	@Autowired
	ProgressFigures figures;

	ReportingFixture f;
	long i1;
	long i2;
	long i3;
	long i4;
	long i1events;

	@BeforeEach
	void setUp() {
		f = new ReportingFixture(jdbc);
		i1 = f.item("1", f.directionYouth, f.task1, f.deptA, null);
		i2 = f.item("2", f.directionYouth, f.task2, f.deptB, null);
		i3 = f.item("3", f.directionCulture, f.task1, f.deptA, null);
		i4 = f.item("4", f.directionCulture, f.task2, f.deptB, null);
		i1events = f.indicator(i1, "EVENTS");
		f.target(i1events, 2024, 12);
		long i2events = f.indicator(i2, "EVENTS");
		long i2people = f.indicator(i2, "PARTICIPANTS");
		f.target(i2events, 2024, 10);
		f.target(i2people, 2024, 1000);
		long i3events = f.indicator(i3, "EVENTS");
		f.target(i3events, 2023, 4);
		f.target(i3events, 2024, 4);
		long i4events = f.indicator(i4, "EVENTS");
		f.target(i4events, 2023, 8);
		f.target(i4events, 2024, 8);

		accept(i3, f.deptA, ReportPeriod.wholeYear(2023), Map.of(i3events, 2));
		accept(i4, f.deptB, ReportPeriod.wholeYear(2023), Map.of(i4events, 3));
		accept(i1, f.deptA, ReportPeriod.monthsToDate(2024, 6), Map.of(i1events, 6));
		accept(i2, f.deptB, ReportPeriod.monthsToDate(2024, 6), Map.of(i2events, 10, i2people, 300));
		accept(i3, f.deptA, ReportPeriod.monthsToDate(2024, 6), Map.of(i3events, 4));
		accept(i4, f.deptB, ReportPeriod.monthsToDate(2024, 6), Map.of(i4events, 1));
	}

	private void accept(long item, long unit, ReportPeriod period, Map<Long, Integer> values) {
		PeriodReport report = as(reporter(unit), () -> workflow.open(item, period));
		Map<Long, PeriodReport.Entry> entries = new HashMap<>();
		values.forEach((indicator, v) -> entries.put(indicator,
				new PeriodReport.Entry(BigDecimal.valueOf(v), "entered from the department's records")));
		PeriodReport edited = as(reporter(unit), () -> workflow.edit(report.getId(), report.getVersion(), entries,
				"Есеп", "Отчёт"));
		PeriodReport submitted = as(reporter(unit), () -> workflow.submit(report.getId(), edited.getVersion()));
		as(secretary(f.branch), () -> workflow.accept(report.getId(), submitted.getVersion()));
	}

	private Rollup rollup(RollupDimension by, String period) {
		return rollups.rollup(new RollupFilter(2024, ReportPeriod.parse(2024, period), by, f.roadmap, null, null,
				null, null, null), LATER);
	}

	private static Map<String, Rollup.Row> byName(Rollup rollup) {
		return rollup.rows().stream().collect(Collectors.toMap(r -> r.name().kk(), Function.identity()));
	}

	@Test
	void byDirectionForTheFirstSixMonths() {
		Rollup rollup = rollup(RollupDimension.DIRECTION, "m6");
		assertThat(rollup.asOf()).isEqualTo(LocalDate.of(2024, 6, 30));
		Map<String, Rollup.Row> rows = byName(rollup);
		Rollup.Row youth = rows.get("youth");
		assertThat(youth.items()).isEqualTo(2);
		assertThat(youth.onTrack()).isEqualTo(1);
		assertThat(youth.behind()).isEqualTo(1);
		assertThat(youth.done()).isZero();
		assertThat(youth.units().get("EVENTS").planned()).isEqualByComparingTo("22");
		assertThat(youth.units().get("EVENTS").actual()).isEqualByComparingTo("16");
		assertThat(youth.units().get("PARTICIPANTS").actual()).isEqualByComparingTo("300");
		// (6/12 + 10/10 + 300/1000) / 3
		assertThat(youth.percentDone()).isEqualByComparingTo("60.0");

		Rollup.Row culture = rows.get("culture");
		assertThat(culture.items()).isEqualTo(2);
		assertThat(culture.done()).isEqualTo(1);
		assertThat(culture.problem()).isEqualTo(1);
		assertThat(culture.units().get("EVENTS").planned()).isEqualByComparingTo("12");
		assertThat(culture.units().get("EVENTS").actual()).isEqualByComparingTo("5");
		// (4/4 + 1/8) / 2 = 56.25
		assertThat(culture.percentDone()).isEqualByComparingTo("56.3");

		assertThat(rollup.total().items()).isEqualTo(4);
		// (0.5 + 1 + 0.3 + 1 + 0.125) / 5
		assertThat(rollup.total().percentDone()).isEqualByComparingTo("58.5");
		assertThat(rollup.total().units().get("EVENTS").actual()).isEqualByComparingTo("21");
	}

	@Test
	void byExecutorForTheWholeYearJudgedAfterItsEnd() {
		Rollup rollup = rollup(RollupDimension.EXECUTOR, "year");
		assertThat(rollup.asOf()).isEqualTo(LocalDate.of(2024, 12, 31));
		Map<Long, Rollup.Row> rows = rollup.rows().stream()
			.collect(Collectors.toMap(Rollup.Row::key, Function.identity()));
		assertThat(rows.get(f.deptA).items()).isEqualTo(2);
		assertThat(rows.get(f.deptA).notDone()).isEqualTo(1);
		assertThat(rows.get(f.deptA).done()).isEqualTo(1);
		assertThat(rows.get(f.deptB).notDone()).isEqualTo(1);
		assertThat(rows.get(f.deptB).problem()).isEqualTo(1);
		assertThat(rows.get(f.deptA).units().get("EVENTS").actual()).isEqualByComparingTo("10");
	}

	@Test
	void byTaskBranchAndItem() {
		Map<String, Rollup.Row> tasks = rollup(RollupDimension.TASK, "m6").rows().stream()
			.collect(Collectors.toMap(Rollup.Row::code, Function.identity()));
		assertThat(tasks.get("1").items()).isEqualTo(2);
		assertThat(tasks.get("1").units().get("EVENTS").actual()).isEqualByComparingTo("10");
		assertThat(tasks.get("2").units().get("EVENTS").planned()).isEqualByComparingTo("18");

		List<Rollup.Row> branches = rollup(RollupDimension.BRANCH, "m6").rows();
		assertThat(branches).singleElement().satisfies(b -> {
			assertThat(b.key()).isEqualTo(f.branch);
			assertThat(b.items()).isEqualTo(4);
		});

		List<Rollup.Row> items = rollup(RollupDimension.ITEM, "m6").rows();
		assertThat(items).extracting(Rollup.Row::code).containsExactly("1", "2", "3", "4");
		assertThat(items).extracting(Rollup.Row::percentDone).containsExactly(new BigDecimal("50.0"),
				new BigDecimal("65.0"), new BigDecimal("100.0"), new BigDecimal("12.5"));
	}

	@Test
	void theSqlStatusRulesAgreeWithTheJavaFunction() {
		Rollup byItem = rollup(RollupDimension.ITEM, "m6");
		Map<Long, ProgressStatus> sql = byItem.rows().stream().collect(Collectors.toMap(Rollup.Row::key,
				r -> r.done() == 1 ? ProgressStatus.DONE : r.onTrack() == 1 ? ProgressStatus.ON_TRACK
						: r.behind() == 1 ? ProgressStatus.BEHIND : r.notDone() == 1 ? ProgressStatus.NOT_DONE
								: r.problem() == 1 ? ProgressStatus.PROBLEM : ProgressStatus.NO_TARGET));
		Map<Long, ProgressStatus> java = figures.figures(List.of(i1, i2, i3, i4), ReportPeriod.monthsToDate(2024, 6),
				LATER).stream().collect(Collectors.toMap(ProgressFigures.ItemFigures::itemId,
						ProgressFigures.ItemFigures::status));
		assertThat(java).isEqualTo(sql).containsEntry(i1, ProgressStatus.ON_TRACK)
			.containsEntry(i2, ProgressStatus.BEHIND).containsEntry(i3, ProgressStatus.DONE)
			.containsEntry(i4, ProgressStatus.PROBLEM);

		Map<Long, ProgressStatus> yearEnd = figures.figures(List.of(i1, i2, i3, i4), ReportPeriod.wholeYear(2024),
				LATER).stream().collect(Collectors.toMap(ProgressFigures.ItemFigures::itemId,
						ProgressFigures.ItemFigures::status));
		assertThat(yearEnd).containsEntry(i1, ProgressStatus.NOT_DONE).containsEntry(i2, ProgressStatus.NOT_DONE);
	}

	@Test
	void figuresAsHeardOnADayIgnoreWhatWasAcceptedLater() {
		List<ProgressFigures.ItemFigures> before = figures.figures(List.of(i1), ReportPeriod.monthsToDate(2024, 10),
				LocalDate.of(2020, 1, 1));
		assertThat(before.get(0).indicators().get(0).actual()).isEqualByComparingTo("0");
		List<ProgressFigures.ItemFigures> now = figures.figures(List.of(i1), ReportPeriod.monthsToDate(2024, 10),
				LATER);
		assertThat(now.get(0).indicators().get(0).actual()).isEqualByComparingTo("6");
		assertThat(now.get(0).indicators().get(0).asOfMonth()).isEqualTo(6);
		assertThat(now.get(0).indicators().get(0).planned()).isEqualByComparingTo("12");
	}

	@Test
	void aRevisedTargetReachesTheRollupInTheSameTransactionKeepingTheOriginal() {
		jdbc.sql("UPDATE indicator_target SET planned = 24 WHERE indicator = ? AND year = 2024").param(i1events)
			.update();
		Rollup.UnitSum events = byName(rollup(RollupDimension.DIRECTION, "m6")).get("youth").units().get("EVENTS");
		assertThat(events.planned()).isEqualByComparingTo("34");
		assertThat(events.originalPlanned()).isEqualByComparingTo("22");
	}

	@Test
	void changingAnItemsLeadExecutorMovesItsRowsInTheExecutorRollup() {
		jdbc.sql("UPDATE roadmap_item_executor SET org_unit_id = ? WHERE roadmap_item = ? AND lead")
			.params(f.deptB, i1).update();
		Map<Long, Rollup.Row> rows = rollup(RollupDimension.EXECUTOR, "m6").rows().stream()
			.collect(Collectors.toMap(Rollup.Row::key, Function.identity()));
		assertThat(rows.get(f.deptA).items()).isEqualTo(1);
		assertThat(rows.get(f.deptB).items()).isEqualTo(3);
	}
}

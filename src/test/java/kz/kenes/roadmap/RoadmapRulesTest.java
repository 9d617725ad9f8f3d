package kz.kenes.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.platform.RuleViolation;

/** Domain rules of programs, roadmaps, items and indicators, without a database. */
class RoadmapRulesTest {

	private final Program program = new Program("p", new LocalizedText("Б", "П", "P"), 1, 2023, 2027);

	private static ItemDetails details(String number, String kk, String ru) {
		return new ItemDetails(number, new LocalizedText(kk, ru, null), CompletionForm.EVENT, null, null,
				Deadline.recurring(DeadlineKind.ANNUALLY, 2027), new BigDecimal("1000"), FundingSource.LOCAL_BUDGET,
				null, 10L, List.of(11L, 10L, 11L));
	}

	private static Roadmap roadmap() {
		Roadmap roadmap = new Roadmap(1, 2, 3);
		ReflectionTestUtils.setField(roadmap, "id", 7L);
		return roadmap;
	}

	private static void fail(Runnable action, String key) {
		assertThatThrownBy(action::run).isInstanceOf(RuleViolation.class)
			.extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo(key);
	}

	@Test
	void deadlineIsADateOrARecurrenceWithAnEndYear() {
		assertThat(Deadline.on(LocalDate.of(2024, 12, 31)).dueBy()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(Deadline.recurring(DeadlineKind.QUARTERLY, 2027).dueBy()).isEqualTo(LocalDate.of(2027, 12, 31));
		assertThat(Deadline.on(LocalDate.of(2024, 12, 31)).covers(2025, 2023)).isFalse();
		assertThat(Deadline.recurring(DeadlineKind.PERMANENTLY, 2027).covers(2025, 2023)).isTrue();
		fail(() -> new Deadline(DeadlineKind.DATE, null, 2027), "roadmap.error.deadline.date");
		fail(() -> new Deadline(DeadlineKind.ANNUALLY, null, null), "roadmap.error.deadline.endYear");
		fail(() -> new Deadline(null, null, null), "roadmap.error.deadline.required");
	}

	@Test
	void itemKeepsOneLeadAndDistinctCoExecutors() {
		RoadmapItem item = new RoadmapItem(roadmap(), details(" 3.1 ", "Атауы", "Название"));
		assertThat(item.getNumber()).isEqualTo("3.1");
		assertThat(item.leadExecutorId()).isEqualTo(10L);
		assertThat(item.coExecutorIds()).containsExactly(11L);
		assertThat(item.getExecutors()).hasSize(2).first().extracting(ItemExecutor::lead).isEqualTo(true);
		assertThat(item.getRegionId()).isEqualTo(3L);
	}

	@Test
	void itemRefusesBadColumnsAndStaysUnchanged() {
		RoadmapItem item = new RoadmapItem(roadmap(), details("1", "Атауы", "Название"));
		fail(() -> item.change(details("1a", "Атауы", "Название")), "roadmap.error.item.number");
		fail(() -> item.change(details("2", " ", "Название")), "roadmap.error.item.name");
		fail(() -> item.change(details("2", "Атауы", null)), "roadmap.error.item.name");
		fail(() -> item.change(details("2", "Ә".repeat(2001), "Название")), "roadmap.error.item.nameTooLong");
		ItemDetails negative = new ItemDetails("2", new LocalizedText("А", "Н", null), CompletionForm.EVENT, null,
				null, Deadline.on(LocalDate.of(2024, 1, 1)), new BigDecimal("-1"), null, null, 10L, List.of());
		fail(() -> item.change(negative), "roadmap.error.item.cost");
		assertThat(item.getNumber()).isEqualTo("1");
		assertThat(item.name().kk()).isEqualTo("Атауы");
	}

	@Test
	void numbersSortAsPlansNumberThem() {
		assertThat(RoadmapItem.sortKeyOf("2.10")).isGreaterThan(RoadmapItem.sortKeyOf("2.9"));
		assertThat(RoadmapItem.sortKeyOf("10")).isGreaterThan(RoadmapItem.sortKeyOf("9.99.99"));
		assertThat(RoadmapItem.sortKeyOf("10000")).isGreaterThan(RoadmapItem.sortKeyOf("9999"));
	}

	@Test
	void approvedRoadmapChangesTargetsOnlyWithAReasonAndKeepsTheOriginal() {
		Roadmap roadmap = roadmap();
		RoadmapItem item = new RoadmapItem(roadmap, details("1", "А", "Н"));
		Indicator indicator = new Indicator(item, new LocalizedText("Іс-шаралар", "Мероприятия", null),
				IndicatorUnit.EVENTS, Aggregation.SUM, 1);
		ReflectionTestUtils.setField(indicator, "id", 5L);
		assertThat(indicator.plan(2023, new BigDecimal("20"), roadmap, program, null)).isEmpty();
		assertThat(indicator.plan(2023, new BigDecimal("22"), roadmap, program, null)).isEmpty();
		assertThat(indicator.target(2023).orElseThrow().originalPlanned()).isEqualByComparingTo("22");

		roadmap.approve(LocalDate.of(2023, 3, 15));
		fail(() -> indicator.plan(2023, new BigDecimal("25"), roadmap, program, " "), "roadmap.error.target.reason");
		assertThat(indicator.plannedFor(2023)).contains(new BigDecimal("22"));

		TargetRevision revision = indicator.plan(2023, new BigDecimal("25"), roadmap, program, "Кеңес шешімі")
			.orElseThrow();
		assertThat(revision.oldPlanned()).isEqualByComparingTo("22");
		assertThat(revision.newPlanned()).isEqualByComparingTo("25");
		IndicatorTarget target = indicator.target(2023).orElseThrow();
		assertThat(target.planned()).isEqualByComparingTo("25");
		assertThat(target.originalPlanned()).isEqualByComparingTo("22");
		assertThat(target.revised()).isTrue();
		assertThat(indicator.plan(2023, new BigDecimal("25.00"), roadmap, program, null)).isEmpty();
		fail(() -> indicator.dropTarget(2023, roadmap), "roadmap.error.target.dropApproved");
	}

	@Test
	void targetsStayWithinTheProgramYearsAndSense() {
		Roadmap roadmap = roadmap();
		RoadmapItem item = new RoadmapItem(roadmap, details("1", "А", "Н"));
		Indicator percent = new Indicator(item, new LocalizedText("Үлес", "Доля", null), IndicatorUnit.PERCENT,
				Aggregation.LAST, 1);
		fail(() -> percent.plan(2031, BigDecimal.ONE, roadmap, program, null), "roadmap.error.year.outside");
		fail(() -> percent.plan(2024, new BigDecimal("-1"), roadmap, program, null), "roadmap.error.target.value");
		fail(() -> percent.plan(2024, new BigDecimal("101"), roadmap, program, null), "roadmap.error.target.percent");
		assertThat(percent.getTargets()).isEmpty();
	}

	@Test
	void roadmapIsApprovedOnceAndArchivedRoadmapIsFrozen() {
		Roadmap roadmap = roadmap();
		fail(() -> roadmap.approve(null), "roadmap.error.roadmap.approvalDate");
		roadmap.approve(LocalDate.of(2023, 3, 15));
		fail(() -> roadmap.approve(LocalDate.of(2023, 4, 1)), "roadmap.error.roadmap.notDraft");
		roadmap.archive();
		fail(roadmap::requireEditable, "roadmap.error.roadmap.archived");
		fail(() -> new RoadmapItem(roadmap, details("1", "А", "Н")), "roadmap.error.roadmap.archived");
	}

	@Test
	void valuesCombineOverAYearAsTheIndicatorSays() {
		List<BigDecimal> values = List.of(new BigDecimal("3"), new BigDecimal("7"), new BigDecimal("5"));
		assertThat(Aggregation.SUM.combine(values)).isEqualByComparingTo("15");
		assertThat(Aggregation.MAX.combine(values)).isEqualByComparingTo("7");
		assertThat(Aggregation.LAST.combine(values)).isEqualByComparingTo("5");
		assertThat(Aggregation.SUM.combine(List.of())).isNull();
	}
}

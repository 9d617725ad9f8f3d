package kz.kenes.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.organization.OrgUnits;
import kz.kenes.platform.RuleViolation;
import kz.kenes.support.KenesTest;

/** Changes to the demo roadmap on PostgreSQL: who may, conflicts, revisions, audit. */
@KenesTest
class RoadmapPlanningTest {

	@Autowired
	RoadmapPlanning planning;

	@Autowired
	RoadmapCatalog catalog;

	@Autowired
	RoadmapItems items;

	@Autowired
	OrgUnits units;

	@Autowired
	JdbcClient jdbc;

	private long roadmapId() {
		return catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow().id();
	}

	private ItemDetails details(String number, String kk) {
		return new ItemDetails(number, new LocalizedText(kk, "Мероприятие " + number, null), CompletionForm.REPORT,
				null, catalog.directionByCode("culture").orElseThrow().getId(),
				Deadline.on(LocalDate.of(2025, 12, 31)), new BigDecimal("1500000"), FundingSource.LOCAL_BUDGET, null,
				units.findByCode("dept-culture").orElseThrow().getId(), List.of());
	}

	private long audits(String type, Object id) {
		return jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = ? AND entity_id = ?")
			.params(type, String.valueOf(id)).query(Long.class).single();
	}

	@Test
	@WithUserDetails("secretary")
	void secondEditOfTheSameVersionGetsAConflictAndLosesNothing() {
		RoadmapItem item = planning.addItem(roadmapId(), details("901", "Бірінші нұсқа"));
		int version = item.getVersion();
		planning.changeItem(item.getId(), version, details("901", "Хатшының өзгерісі"));
		assertThatThrownBy(() -> planning.changeItem(item.getId(), version, details("901", "Екінші адамның өзгерісі")))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(catalog.item(item.getId()).orElseThrow().name().kk()).isEqualTo("Хатшының өзгерісі");
		assertThat(audits("RoadmapItem", item.getId())).isEqualTo(2);

		assertThatThrownBy(() -> planning.removeItem(item.getId(), version))
			.isInstanceOf(OptimisticLockingFailureException.class);
		planning.removeItem(item.getId(), version + 1);
		assertThat(items.findById(item.getId())).isEmpty();
		assertThat(audits("RoadmapItem", item.getId())).isEqualTo(3);
	}

	@Test
	@WithUserDetails("secretary")
	void duplicateNumberAndForeignReferencesAreRefused() {
		assertThatThrownBy(() -> planning.addItem(roadmapId(), details("1", "Қайталанған нөмір")))
			.isInstanceOf(RuleViolation.class).hasMessage("roadmap.error.item.numberTaken");
		ItemDetails badExecutor = new ItemDetails("902", new LocalizedText("А", "Н", null), CompletionForm.REPORT,
				null, null, Deadline.on(LocalDate.of(2025, 1, 1)), null, null, null, 999_999L, List.of());
		assertThatThrownBy(() -> planning.addItem(roadmapId(), badExecutor)).isInstanceOf(RuleViolation.class)
			.hasMessage("roadmap.error.item.executor");
		assertThat(catalog.itemByNumber(roadmapId(), "902")).isEmpty();
	}

	@Test
	@WithUserDetails("secretary")
	void revisingAnApprovedTargetNeedsAReasonAndIsKept() {
		RoadmapItem item = planning.addItem(roadmapId(), details("903", "Қайта қаралатын іс-шара"));
		Indicator indicator = planning.addIndicator(item.getId(), new LocalizedText("Іс-шаралар", "Мероприятия", null),
				IndicatorUnit.EVENTS, Aggregation.SUM);
		indicator = planning.planTarget(indicator.getId(), indicator.getVersion(), 2025, new BigDecimal("10"),
				"Жаңа іс-шара қосылды");
		long id = indicator.getId();
		int version = indicator.getVersion();
		assertThatThrownBy(() -> planning.planTarget(id, version, 2025, new BigDecimal("12"), ""))
			.isInstanceOf(RuleViolation.class).hasMessage("roadmap.error.target.reason");
		planning.planTarget(id, version, 2025, new BigDecimal("12"), "Кеңес шешімі");
		TargetView target = catalog.indicator(id).orElseThrow().target(2025).orElseThrow();
		assertThat(target.planned()).isEqualByComparingTo("12");
		assertThat(target.originalPlanned()).isEqualByComparingTo("10");
		assertThat(catalog.revisions(item.getId())).extracting(TargetRevisionView::reason)
			.containsExactly("Кеңес шешімі", "Жаңа іс-шара қосылды");
		assertThat(catalog.revisions(item.getId()).get(0).revisedBy()).isEqualTo("secretary");
	}

	@Test
	@WithUserDetails("culture")
	void aDepartmentReporterCannotChangeTheRoadmap() {
		assertThatThrownBy(() -> planning.addItem(roadmapId(), details("904", "Рұқсатсыз")))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(planning.canEdit(roadmapId())).isFalse();
		assertThat(catalog.itemByNumber(roadmapId(), "904")).isEmpty();
	}
}

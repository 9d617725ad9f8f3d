package kz.kenes.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kenes.organization.OrgUnits;
import kz.kenes.organization.People;
import kz.kenes.platform.RuleViolation;
import kz.kenes.support.Actors;
import kz.kenes.support.KenesTest;

@KenesTest
class ControlWorkflowTest {

	@Autowired
	ControlWorkflow workflow;

	@Autowired
	ControlQueries queries;

	@Autowired
	OrgUnits units;

	@Autowired
	People people;

	@Autowired
	UserDetailsService users;

	@AfterEach
	void logout() {
		Actors.nobody();
	}

	long unit(String code) {
		return units.findByCode(code).orElseThrow().getId();
	}

	VisitRecord visitOn(LocalDate day) {
		return new VisitRecord(VisitType.SITE_INSPECTION, day, "Мәдениет үйі", "Дом культуры", unit("dept-culture"),
				List.of(people.findByCode("example-member-1").orElseThrow().getId()), "Шатыр ағады", "Протекает крыша");
	}

	int version(long recommendation) {
		return queries.recommendation(recommendation).orElseThrow().version();
	}

	@Test
	void recommendationsAreFulfilledThroughTheExecutorsReportAndTheCommissionsVerdictAndCountedPerBranch() {
		LocalDate day = LocalDate.of(2023, 6, 1);
		ControlSummary before = summary2023();
		Actors.actAs(users, "secretary");
		long visit = workflow.recordVisit(unit("shymkent-control"), visitOn(day));
		long fixRoof = workflow.recommend(visit, "Шатырды жөндеу", "Отремонтировать крышу", unit("dept-culture"),
				day.plusMonths(2));
		long second = workflow.recommend(visit, "Өрт сөндіргіш қою", "Установить огнетушители", unit("dept-culture"),
				day.plusMonths(1));

		Actors.actAs(users, "youth");
		assertThatThrownBy(() -> workflow.reportFulfilment(fixRoof, version(fixRoof), "Жөнделді"))
			.isInstanceOf(AccessDeniedException.class);
		Actors.actAs(users, "culture");
		workflow.reportFulfilment(fixRoof, version(fixRoof), "Шатыр жөнделді");
		assertThatThrownBy(() -> workflow.confirmFulfilled(fixRoof, version(fixRoof)))
			.isInstanceOf(AccessDeniedException.class);
		assertRule(() -> workflow.reportFulfilment(fixRoof, version(fixRoof), "Тағы"), "control.error.notIssued");

		Actors.actAs(users, "secretary");
		workflow.returnToExecutor(fixRoof, version(fixRoof), "Фотосуреттер жоқ");
		assertThat(queries.recommendation(fixRoof).orElseThrow().status()).isEqualTo(RecommendationStatus.ISSUED);
		Actors.actAs(users, "culture");
		workflow.reportFulfilment(fixRoof, version(fixRoof), "Шатыр жөнделді, фотосуреттер қоса берілді");
		Actors.actAs(users, "secretary");
		workflow.confirmFulfilled(fixRoof, version(fixRoof));

		ControlSummary after = summary2023();
		assertThat(after.visits() - before.visits()).isEqualTo(1);
		assertThat(after.issued() - before.issued()).isEqualTo(2);
		assertThat(after.fulfilled() - before.fulfilled()).isEqualTo(1);
		assertThat(after.overdue() - before.overdue()).isEqualTo(1);
		assertThat(queries.recommendation(second).orElseThrow().overdue()).isTrue();
		assertThat(queries.staffVisit(visit).fulfilled()).isEqualTo(1);
	}

	@Test
	void aVisitNeedsItsFactsAndTheCommissionsSecretary() {
		Actors.actAs(users, "secretary");
		assertRule(() -> workflow.recordVisit(unit("shymkent-control"), visitOn(LocalDate.now().plusDays(1))),
				"control.error.futureVisit");
		assertRule(() -> workflow.recordVisit(unit("shymkent-control"), new VisitRecord(VisitType.NIGHT_RAID, LocalDate.now(), "Нысан",
				"Объект", null, List.of(), "Ақау", "Недостаток")), "control.error.members");
		assertRule(() -> workflow.recordVisit(unit("miras-council"), visitOn(LocalDate.now())),
				"control.error.commission");
		Actors.actAs(users, "member");
		assertThatThrownBy(() -> workflow.recordVisit(unit("shymkent-control"), visitOn(LocalDate.now())))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theSeedBranchHasDemoVisitsWithRecommendationsInEveryState() {
		ControlSummary demo = queries.summaries(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).stream()
			.filter(s -> s.branchId() == unit("shymkent-branch")).findFirst().orElseThrow();
		assertThat(demo.visits()).isEqualTo(2);
		assertThat(demo.issued()).isEqualTo(5);
		assertThat(demo.fulfilled()).isEqualTo(2);
		assertThat(demo.reported()).isEqualTo(1);
	}

	private ControlSummary summary2023() {
		return queries.summaries(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).stream()
			.filter(s -> s.branchId() == unit("shymkent-branch")).findFirst()
			.orElse(new ControlSummary(unit("shymkent-branch"), null, null, null, 0, 0, 0, 0, 0));
	}

	static void assertRule(Runnable action, String key) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class,
				e -> assertThat(e.messageKey()).isEqualTo(key));
	}
}

package kz.kenes.reporting;

import static kz.kenes.reporting.ReportingFixture.as;
import static kz.kenes.reporting.ReportingFixture.reporter;
import static kz.kenes.reporting.ReportingFixture.run;
import static kz.kenes.reporting.ReportingFixture.secretary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import kz.kenes.identity.KenesUser;
import kz.kenes.platform.RuleViolation;
import kz.kenes.support.KenesTest;
import org.springframework.transaction.annotation.Transactional;

/** Each test runs in a transaction rolled back at its end, so its rows never reach other modules' tests. */
@KenesTest
@Transactional
class ReportWorkflowTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ActivityLog activityLog;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	PeriodReports reports;

	ReportingFixture f;
	long item;
	long events;
	long participants;
	KenesUser reporterA;
	KenesUser reporterB;
	KenesUser secretary;

	@BeforeEach
	void setUp() {
		f = new ReportingFixture(jdbc);
		item = f.item("1", f.directionYouth, f.task1, f.deptA, null);
		events = f.indicator(item, "EVENTS");
		participants = f.indicator(item, "PARTICIPANTS");
		f.target(events, 2024, 10);
		f.target(participants, 2024, 1000);
		reporterA = reporter(f.deptA);
		reporterB = reporter(f.deptB);
		secretary = secretary(f.branch);
	}

	private Activity activity(LocalDate on, int people) {
		return as(reporterA, () -> activityLog.log(item, new ActivityDetails(on, "Кездесу", "Встреча", "Шымкент",
				people, Audience.YOUTH, List.of(), null, null, null, null)));
	}

	@Test
	void reportGoesDraftSubmittedReturnedResubmittedAcceptedAndCountsInProgress() {
		activity(LocalDate.of(2024, 1, 20), 100);
		activity(LocalDate.of(2024, 2, 14), 200);
		activity(LocalDate.of(2024, 3, 5), 50);
		activity(LocalDate.of(2024, 4, 2), 70); // after the period: not counted

		PeriodReport report = as(reporterA, () -> workflow.open(item, ReportPeriod.quarter(2024, 1)));
		assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
		assertThat(report.value(events).orElseThrow().actual()).isEqualByComparingTo("3");
		assertThat(report.value(participants).orElseThrow().actual()).isEqualByComparingTo("350");

		long id = report.getId();
		int v0 = report.getVersion();
		assertThatThrownBy(() -> run(reporterA, () -> workflow.edit(id, v0,
				Map.of(participants, new PeriodReport.Entry(new BigDecimal("400"), " ")), "Жұмыс жүргізілді", null)))
			.isInstanceOf(RuleViolation.class).hasMessage("reporting.error.report.reasonRequired");
		assertThat(reports.findById(id).orElseThrow().value(participants).orElseThrow().actual())
			.isEqualByComparingTo("350");

		report = as(reporterA, () -> workflow.edit(id, v0,
				Map.of(participants, new PeriodReport.Entry(new BigDecimal("400"), "50 online participants")),
				"Жұмыс жүргізілді", "Работа проведена"));
		int v1 = report.getVersion();
		report = as(reporterA, () -> workflow.submit(id, v1));
		assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(report.getFirstSubmittedAt()).isNotNull();

		int v2 = report.getVersion();
		assertThatThrownBy(() -> run(secretary, () -> workflow.returnWith(id, v2, "  ")))
			.isInstanceOf(RuleViolation.class).hasMessage("reporting.error.report.commentRequired");
		report = as(secretary, () -> workflow.returnWith(id, v2, "Фото қосыңыз"));
		assertThat(report.getStatus()).isEqualTo(ReportStatus.RETURNED);
		assertThat(report.getReviewerComment()).isEqualTo("Фото қосыңыз");

		int v3 = report.getVersion();
		report = as(reporterA, () -> workflow.submit(id, v3));
		assertThat(report.getStatus()).isEqualTo(ReportStatus.RESUBMITTED);

		int v4 = report.getVersion();
		report = as(secretary, () -> workflow.accept(id, v4));
		assertThat(report.getStatus()).isEqualTo(ReportStatus.ACCEPTED);

		Map<String, Object> progress = jdbc.sql("""
				SELECT actual, as_of_month, monthly_actual[2] AS feb, monthly_actual[3] AS mar,
				       monthly_actual[12] AS dec FROM indicator_progress WHERE indicator = ? AND year = 2024""")
			.param(participants).query().singleRow();
		assertThat((BigDecimal) progress.get("actual")).isEqualByComparingTo("400");
		assertThat(progress.get("as_of_month")).isEqualTo(3);
		assertThat(progress.get("feb")).isNull();
		assertThat((BigDecimal) progress.get("mar")).isEqualByComparingTo("400");
		assertThat((BigDecimal) progress.get("dec")).isEqualByComparingTo("400");

		assertThat(jdbc.sql("""
				SELECT action FROM audit_event WHERE entity_type = 'PeriodReport' AND entity_id = ? ORDER BY id""")
			.param(String.valueOf(id)).query(String.class).list())
			.containsExactly("CREATE", "EDIT", "SUBMIT", "RETURN", "RESUBMIT", "ACCEPT");
	}

	@Test
	void anAcceptedPeriodIsLockedUntilTheSecretaryReopensItWithAReason() {
		Activity march = activity(LocalDate.of(2024, 3, 5), 50);
		PeriodReport report = acceptedReport(ReportPeriod.monthsToDate(2024, 3));
		long id = report.getId();

		assertThatThrownBy(() -> activity(LocalDate.of(2024, 2, 1), 10)).isInstanceOf(RuleViolation.class)
			.hasMessage("reporting.error.periodLocked");
		assertThatThrownBy(() -> run(reporterA, () -> activityLog.delete(march.getId(), march.getVersion())))
			.isInstanceOf(RuleViolation.class).hasMessage("reporting.error.periodLocked");
		assertThatThrownBy(() -> run(reporterA, () -> workflow.edit(id, report.getVersion(), Map.of(), "x", "x")))
			.isInstanceOf(RuleViolation.class).hasMessage("reporting.error.report.locked");
		assertThatThrownBy(() -> run(reporterA, () -> workflow.reopen(id, report.getVersion(), "ошибка")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> run(secretary, () -> workflow.reopen(id, report.getVersion(), "")))
			.isInstanceOf(RuleViolation.class).hasMessage("reporting.error.report.reasonRequired");

		PeriodReport reopened = as(secretary, () -> workflow.reopen(id, report.getVersion(), "Қате сан"));
		assertThat(reopened.getStatus()).isEqualTo(ReportStatus.RETURNED);
		assertThat(reopened.getReopenReason()).isEqualTo("Қате сан");
		assertThat(jdbc.sql("SELECT actual FROM indicator_progress WHERE indicator = ? AND year = 2024")
			.param(events).query(BigDecimal.class).single()).isEqualByComparingTo("0");
		activity(LocalDate.of(2024, 2, 1), 10); // unlocked again
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'PeriodReport' AND entity_id = ? "
				+ "AND action = 'REOPEN'").param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void onlyTheItemsExecutorsWriteAndOnlyTheBranchSecretaryReviews() {
		assertThat(activity(LocalDate.of(2024, 1, 1), 1).getExecutorId()).isEqualTo(f.deptA);
		assertThatThrownBy(() -> run(reporterB, () -> workflow.open(item, ReportPeriod.month(2024, 1))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> run(reporterB, () -> activityLog.log(item, new ActivityDetails(
				LocalDate.of(2024, 1, 2), "a", "a", null, 1, null, List.of(), null, null, null, null))))
			.isInstanceOf(AccessDeniedException.class);

		PeriodReport report = as(reporterA, () -> workflow.open(item, ReportPeriod.month(2024, 1)));
		long id = report.getId();
		PeriodReport edited = as(reporterA, () -> workflow.edit(id, report.getVersion(), Map.of(), "Есеп", null));
		assertThatThrownBy(() -> run(reporterB, () -> workflow.submit(id, edited.getVersion())))
			.isInstanceOf(AccessDeniedException.class);
		PeriodReport submitted = as(reporterA, () -> workflow.submit(id, edited.getVersion()));

		assertThatThrownBy(() -> run(reporterA, () -> workflow.accept(id, submitted.getVersion())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> run(secretary(f.otherBranch), () -> workflow.accept(id, submitted.getVersion())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> run(ReportingFixture.member(f.branch), () -> workflow.accept(id,
				submitted.getVersion()))).isInstanceOf(AccessDeniedException.class);
		assertThat(reports.findById(id).orElseThrow().getStatus()).isEqualTo(ReportStatus.SUBMITTED);
	}

	@Test
	void everyAudienceCanBeLogged() {
		for (Audience audience : Audience.values()) {
			Activity logged = as(reporterA, () -> activityLog.log(item, new ActivityDetails(LocalDate.of(2024, 3, 5),
					"Кездесу", "Встреча", "Шымкент", 10, audience, List.of(), null, null, null, null)));
			assertThat(jdbc.sql("SELECT audience FROM activity WHERE id = ?").param(logged.getId())
				.query(String.class).single()).isEqualTo(audience.name());
		}
	}

	@Test
	void aCoExecutorMayReportAndTheSamePeriodCannotBeOpenedTwice() {
		long shared = f.item("2", f.directionCulture, f.task2, f.deptA, f.deptB);
		f.target(f.indicator(shared, "EVENTS"), 2024, 5);
		as(reporterB, () -> workflow.open(shared, ReportPeriod.monthsToDate(2024, 10)));
		assertThatThrownBy(() -> run(reporterA, () -> workflow.open(shared, ReportPeriod.monthsToDate(2024, 10))))
			.isInstanceOf(RuleViolation.class).hasMessage("reporting.error.report.exists");
		assertThatThrownBy(() -> run(reporterA, () -> workflow.open(shared, ReportPeriod.month(2099, 1))))
			.isInstanceOf(RuleViolation.class).hasMessage("reporting.error.report.future");
	}

	@Test
	void twoSecretariesReviewingAtOnceConflictAndTheSecondChangesNothing() {
		PeriodReport report = as(reporterA, () -> workflow.open(item, ReportPeriod.month(2024, 2)));
		PeriodReport edited = as(reporterA, () -> workflow.edit(report.getId(), report.getVersion(), Map.of(), "Есеп",
				null));
		PeriodReport submitted = as(reporterA, () -> workflow.submit(report.getId(), edited.getVersion()));
		int seenByBoth = submitted.getVersion();

		as(secretary, () -> workflow.accept(report.getId(), seenByBoth));
		assertThatThrownBy(() -> run(secretary(f.branch), () -> workflow.returnWith(report.getId(), seenByBoth,
				"Қайта қараңыз"))).isInstanceOf(OptimisticLockingFailureException.class);
		PeriodReport now = reports.findById(report.getId()).orElseThrow();
		assertThat(now.getStatus()).isEqualTo(ReportStatus.ACCEPTED);
		assertThat(now.getReviewerComment()).isNull();
	}

	@Test
	void theAggregateItselfRefusesWrongTransitions() {
		PeriodReport report = as(reporterA, () -> workflow.open(item, ReportPeriod.month(2024, 3)));
		assertThatThrownBy(() -> run(secretary, () -> workflow.accept(report.getId(), report.getVersion())))
			.isInstanceOf(RuleViolation.class).hasMessage("reporting.error.report.state");
		assertThatThrownBy(() -> run(reporterA, () -> workflow.submit(report.getId(), report.getVersion())))
			.isInstanceOf(RuleViolation.class).hasMessage("reporting.error.report.narrative");
	}

	private PeriodReport acceptedReport(ReportPeriod period) {
		PeriodReport report = as(reporterA, () -> workflow.open(item, period));
		PeriodReport edited = as(reporterA, () -> workflow.edit(report.getId(), report.getVersion(), Map.of(),
				"Есеп", null));
		PeriodReport submitted = as(reporterA, () -> workflow.submit(report.getId(), edited.getVersion()));
		return as(secretary, () -> workflow.accept(report.getId(), submitted.getVersion()));
	}
}

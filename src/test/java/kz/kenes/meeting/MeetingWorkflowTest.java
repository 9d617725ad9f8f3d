package kz.kenes.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kenes.i18n.Language;
import kz.kenes.platform.RuleViolation;
import kz.kenes.proposal.ProposalQueries;
import kz.kenes.proposal.ProposalStatus;
import kz.kenes.proposal.ProposalView;
import kz.kenes.support.Actors;
import kz.kenes.support.KenesTest;

@KenesTest
class MeetingWorkflowTest {

	@Autowired
	MeetingFixtures fixtures;

	@Autowired
	MeetingWorkflow meetings;

	@Autowired
	DecisionWorkflow decisions;

	@Autowired
	MeetingQueries queries;

	@Autowired
	ProposalQueries proposals;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void logout() {
		Actors.nobody();
	}

	static LocalDateTime yesterday() {
		return LocalDate.now().minusDays(1).atTime(LocalTime.of(10, 0));
	}

	@Test
	void aMeetingIsHeldOnlyWithAnAgendaAndAttendanceAndThenItsSignedRecordIsFinal() {
		long id = fixtures.schedule(yesterday());
		assertRule(() -> meetings.markHeld(id, fixtures.version(id)), "meeting.error.noAgenda");
		meetings.addAgendaItem(id, fixtures.version(id),
				new AgendaDraft(null, "Күн тәртібі", "Повестка", null, null, List.of(), 2024, 10));
		assertRule(() -> meetings.markHeld(id, fixtures.version(id)), "meeting.error.noAttendance");
		assertRule(() -> meetings.signProtocol(id, fixtures.version(id), LocalDate.now()), "meeting.error.transition");

		long chair = fixtures.person("mombek-abdiakimuly");
		meetings.invite(id, fixtures.version(id), chair, null);
		meetings.recordAttendance(id, fixtures.version(id), Map.of(chair, Attendance.PRESENT), 0);
		meetings.markHeld(id, fixtures.version(id));
		assertThat(queries.record(id).orElseThrow().status()).isEqualTo(MeetingStatus.HELD);

		assertRule(() -> meetings.signProtocol(id, fixtures.version(id), LocalDate.now().minusDays(2)),
				"meeting.error.signedBeforeMeeting");
		meetings.signProtocol(id, fixtures.version(id), LocalDate.now());
		MeetingRecord signed = queries.record(id).orElseThrow();
		assertThat(signed.status()).isEqualTo(MeetingStatus.PROTOCOL_SIGNED);
		assertThat(signed.protocolSignedOn()).isEqualTo(LocalDate.now());

		assertRule(() -> meetings.addAgendaItem(id, fixtures.version(id),
				new AgendaDraft(null, "Тағы", "Ещё", null, null, List.of(), null, null)), "meeting.error.signed");
		assertRule(() -> meetings.recordReport(id, new ReportDraft(1, chair, null, "қк", "ру", null, List.of())),
				"meeting.error.signed");
		assertRule(() -> meetings.raiseProposal(id, chair, "Кеш", null, Language.KK), "meeting.error.signed");
		assertThat(queries.record(id).orElseThrow().agenda()).hasSize(1);
	}

	@Test
	void aFutureMeetingTakesNoAttendanceAndIsNotHeldButCanBeCancelledOnce() {
		long id = fixtures.schedule(LocalDate.now().plusDays(10).atTime(15, 0));
		long chair = fixtures.person("mombek-abdiakimuly");
		meetings.invite(id, fixtures.version(id), chair, null);
		assertRule(() -> meetings.recordAttendance(id, fixtures.version(id), Map.of(chair, Attendance.PRESENT), 0),
				"meeting.error.attendanceBeforeDay");
		assertThat(queries.record(id).orElseThrow().participants()).allMatch(a -> a.attendance() == null);

		meetings.cancel(id, fixtures.version(id));
		assertThat(queries.record(id).orElseThrow().status()).isEqualTo(MeetingStatus.CANCELLED);
		assertRule(() -> meetings.cancel(id, fixtures.version(id)), "meeting.error.transition");
		assertRule(() -> meetings.markHeld(id, fixtures.version(id)), "meeting.error.transition");
	}

	@Test
	void formatRulesRefuseBadDetailsAndSaveNothing() {
		Actors.actAs(users, "secretary");
		long before = count();
		long miras = fixtures.miras();
		LocalDateTime at = LocalDate.now().plusDays(3).atTime(11, 0);
		assertRule(() -> meetings.schedule(miras, new MeetingDetails(90, at, 60, MeetingFormat.ONLINE, null, null,
				null, null)), "meeting.error.linkRequired");
		assertRule(() -> meetings.schedule(miras, new MeetingDetails(91, at, 60, MeetingFormat.ONLINE, null,
				"javascript:alert(1)", null, null)), "meeting.error.link");
		assertRule(() -> meetings.schedule(miras, new MeetingDetails(92, at, 60, MeetingFormat.IN_PERSON, " ", null,
				null, null)), "meeting.error.placeRequired");
		assertRule(() -> meetings.schedule(miras, new MeetingDetails(0, at, 60, MeetingFormat.IN_PERSON, "Зал", null,
				null, null)), "meeting.error.number");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void onlyTheCouncilsSecretaryKeepsItsMeetingsWhileMembersRaiseProposals() {
		long id = fixtures.withAgendaAndAttendance(yesterday());
		long member = fixtures.person("example-member-1");

		Actors.actAs(users, "member");
		assertThatThrownBy(() -> meetings.schedule(fixtures.miras(), new MeetingDetails(95, yesterday(), 60,
				MeetingFormat.IN_PERSON, "Зал", null, null, null))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> meetings.markHeld(id, fixtures.version(id))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> meetings.recordReport(id, new ReportDraft(1, member, null, "а", "б", null, List.of())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> decisions.decide(id, new DecisionTerms(null, "а", "б", null,
				LocalDate.now().plusDays(9), List.of(fixtures.unit("dept-youth"))))).isInstanceOf(AccessDeniedException.class);
		long proposal = meetings.raiseProposal(id, member, "Жастар үшін кітап көрмесін өткізу", null, Language.KK);
		assertThat(proposals.one(proposal).orElseThrow().meetingId()).isEqualTo(id);

		Actors.actAs(users, "youth");
		assertThatThrownBy(() -> meetings.raiseProposal(id, member, "Тағы бір", null, Language.KK))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> queries.staffRecord(id)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aChangeFromAStaleVersionIsAConflictAndChangesNothing() {
		long id = fixtures.schedule(yesterday());
		int stale = fixtures.version(id);
		meetings.invite(id, stale, fixtures.person("mombek-abdiakimuly"), null);
		assertThatThrownBy(() -> meetings.change(id, stale, new MeetingDetails(77, yesterday(), 60,
				MeetingFormat.IN_PERSON, "Басқа зал", null, null, null))).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(queries.record(id).orElseThrow().place()).isEqualTo("Шымкент, мәжіліс залы");
	}

	@Test
	void participantsAreListedInThePositionTheyHeldOnTheMeetingDay() {
		long id = fixtures.withAgendaAndAttendance(yesterday());
		MeetingRecord record = queries.record(id).orElseThrow();
		MeetingRecord.PersonRef head = record.participants().stream()
			.filter(a -> a.person().id() == fixtures.person("aigerim-zhumakulova")).findFirst().orElseThrow().person();
		assertThat(head.position().kk()).isEqualTo("Ішкі саясат және жастар істері жөніндегі басқармасының басшысы");
		assertThat(head.position().ru()).isEqualTo("руководитель управления внутренней политики и по делам молодежи");
		assertThat(head.unit().code()).isEqualTo("dept-youth");
		assertThat(record.chair().position().kk())
			.isEqualTo("Азаматтық қоғам мен мәдениетті дамыту жөніндегі «Miras» аймақтық кеңесінің төрағасы");
		assertThat(record.present()).hasSize(2);
		assertThat(record.otherGuests()).isEqualTo(3);
	}

	@Test
	void executorsReportOnTheirDecisionsAndOnlyTheSecretaryClosesThemAfterAReport() {
		long id = fixtures.withAgendaAndAttendance(yesterday());
		long youth = fixtures.unit("dept-youth");
		long decision = decisions.decide(id, new DecisionTerms(1, "Ақпарат дайындау", "Подготовить информацию", null,
				LocalDate.now().plusMonths(1), List.of(youth)));
		assertRule(() -> decisions.complete(decision, decisionVersion(decision)), "meeting.error.completeWithoutReport");
		assertRule(() -> decisions.decide(id, new DecisionTerms(1, "Ерте", "Рано", null, yesterday().toLocalDate()
			.minusDays(1), List.of(youth))), "meeting.error.dueBeforeMeeting");

		Actors.actAs(users, "culture");
		assertThatThrownBy(() -> decisions.reportFollowUp(decision, decisionVersion(decision), youth, "Жоқ"))
			.isInstanceOf(AccessDeniedException.class);
		Actors.actAs(users, "youth");
		decisions.reportFollowUp(decision, decisionVersion(decision), youth, "Ақпарат жолданды");
		assertThatThrownBy(() -> decisions.complete(decision, decisionVersion(decision)))
			.isInstanceOf(AccessDeniedException.class);

		Actors.actAs(users, "secretary");
		decisions.complete(decision, decisionVersion(decision));
		DecisionView done = queries.decision(decision).orElseThrow();
		assertThat(done.status()).isEqualTo(DecisionStatus.DONE);
		assertThat(done.followUps()).singleElement().satisfies(f -> {
			assertThat(f.author()).isEqualTo("youth");
			assertThat(f.text()).isEqualTo("Ақпарат жолданды");
		});
		assertThat(done.overdue()).isFalse();
	}

	@Test
	void anOpenDecisionPastItsDueDateIsOverdue() {
		long id = fixtures.withAgendaAndAttendance(LocalDate.now().minusDays(40).atTime(10, 0));
		long decision = decisions.decide(id, new DecisionTerms(null, "Мерзімі өткен", "Просрочено", null,
				LocalDate.now().minusDays(1), List.of(fixtures.unit("dept-culture"))));
		assertThat(queries.decision(decision).orElseThrow().overdue()).isTrue();
		Actors.actAs(users, "culture");
		assertThat(queries.decisions(true, true, 500)).extracting(DecisionView::id).contains(decision);
	}

	@Test
	void aProposalRaisedAtTheMeetingBecomesADecisionWithTheLinkKeptBothWays() {
		long id = fixtures.withAgendaAndAttendance(yesterday());
		long culture = fixtures.unit("dept-culture");
		long proposal = meetings.raiseProposal(id, fixtures.person("example-member-2"),
				"Клубтарда кітап оқу сағатын өткізу", null, Language.KK);
		long decision = decisions.decideOnProposal(id, proposal, new DecisionTerms(1, "Кітап оқу сағатын өткізу",
				"Проводить час чтения в клубах", null, LocalDate.now().plusMonths(2), List.of(culture)), null);

		ProposalView accepted = proposals.one(proposal).orElseThrow();
		assertThat(accepted.status()).isEqualTo(ProposalStatus.ACCEPTED);
		assertThat(accepted.decisionId()).isEqualTo(decision);
		assertThat(accepted.executorId()).isEqualTo(culture);
		assertThat(accepted.answer()).isEqualTo("Кітап оқу сағатын өткізу");
		assertThat(queries.decision(decision).orElseThrow().proposalId()).isEqualTo(proposal);
		assertRule(() -> decisions.decideOnProposal(id, proposal, new DecisionTerms(1, "Екінші", "Второе", null,
				LocalDate.now().plusMonths(2), List.of(culture)), null), "proposal.error.alreadyDecision");
	}

	@Test
	void everyChangeIsInTheAuditTrail() {
		long id = fixtures.withAgendaAndAttendance(yesterday());
		List<String> actions = jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'Meeting' AND entity_id = ?"
				+ " ORDER BY id").param(String.valueOf(id)).query(String.class).list();
		assertThat(actions).containsExactly("SCHEDULE", "ADD_AGENDA_ITEM", "INVITE", "INVITE", "RECORD_ATTENDANCE");
	}

	private int decisionVersion(long id) {
		return queries.decision(id).orElseThrow().version();
	}

	private long count() {
		return jdbc.sql("SELECT count(*) FROM meeting").query(Long.class).single();
	}

	static void assertRule(Runnable action, String key) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class,
				e -> assertThat(e.messageKey()).isEqualTo(key));
	}
}

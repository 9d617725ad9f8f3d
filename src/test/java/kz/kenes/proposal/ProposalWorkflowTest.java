package kz.kenes.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kenes.i18n.Language;
import kz.kenes.organization.OrgUnits;
import kz.kenes.platform.RuleViolation;
import kz.kenes.support.Actors;
import kz.kenes.support.KenesTest;

@KenesTest
class ProposalWorkflowTest {

	@Autowired
	ProposalWorkflow workflow;

	@Autowired
	ProposalQueries queries;

	@Autowired
	OrgUnits units;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void logout() {
		Actors.nobody();
	}

	long unit(String code) {
		return units.findByCode(code).orElseThrow().getId();
	}

	int version(long id) {
		return queries.one(id).orElseThrow().version();
	}

	ProposalReceipt citizen(String text) {
		Actors.nobody();
		return workflow.submitFromCitizen(new CitizenProposal(unit("miras-council"), text, Language.KK, null,
				"Асель Б.", "asel@example.kz", "+7 701 111 22 33"));
	}

	@Test
	void aCitizensProposalGoesFromReceivedToImplementedAndIsPublicOnlyOnceAnsweredWithoutContactData() {
		ProposalReceipt receipt = citizen("Саябақта жазғы кітапхана ашу");
		assertThat(receipt.trackingCode()).hasSize(10);
		assertThat(queries.publicView(receipt.id())).isEmpty();
		assertThat(queries.byTrackingCode(receipt.trackingCode().toLowerCase())).get()
			.satisfies(p -> {
				assertThat(p.status()).isEqualTo(ProposalStatus.RECEIVED);
				assertThat(p.contactEmail()).isNull();
			});

		Actors.actAs(users, "secretary");
		workflow.takeUnderReview(receipt.id(), version(receipt.id()), unit("dept-culture"), LocalDate.now().plusDays(20));
		Actors.actAs(users, "culture");
		workflow.accept(receipt.id(), version(receipt.id()), "Маусымнан бастап саябақта кітап сөресі ашылады.");
		workflow.markImplemented(receipt.id(), version(receipt.id()), "Кітап сөресі ашылды.");

		ProposalView published = queries.publicView(receipt.id()).orElseThrow();
		assertThat(published.status()).isEqualTo(ProposalStatus.IMPLEMENTED);
		assertThat(published.answer()).isEqualTo("Маусымнан бастап саябақта кітап сөресі ашылады.");
		assertThat(published.citizenName()).isNull();
		assertThat(published.contactEmail()).isNull();
		assertThat(published.contactPhone()).isNull();
		assertThat(queries.publicList(500, 0)).extracting(ProposalView::id).contains(receipt.id());
		Actors.actAs(users, "secretary");
		assertThat(queries.staffView(receipt.id()).contactEmail()).isEqualTo("asel@example.kz");
	}

	@Test
	void onlyTheSecretaryAssignsAndOnlyTheAssignedExecutorAnswers() {
		ProposalReceipt receipt = citizen("Жастар орталығында шахмат үйірмесін ашу");
		Actors.actAs(users, "youth");
		assertThatThrownBy(() -> workflow.takeUnderReview(receipt.id(), version(receipt.id()), unit("dept-youth"),
				LocalDate.now().plusDays(10))).isInstanceOf(AccessDeniedException.class);
		Actors.actAs(users, "member");
		assertThatThrownBy(() -> workflow.takeUnderReview(receipt.id(), version(receipt.id()), unit("dept-youth"),
				LocalDate.now().plusDays(10))).isInstanceOf(AccessDeniedException.class);

		Actors.actAs(users, "secretary");
		workflow.takeUnderReview(receipt.id(), version(receipt.id()), unit("dept-youth"), LocalDate.now().plusDays(10));
		Actors.actAs(users, "culture");
		assertThatThrownBy(() -> workflow.accept(receipt.id(), version(receipt.id()), "Иә"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> queries.staffView(receipt.id())).isInstanceOf(AccessDeniedException.class);
		Actors.actAs(users, "youth");
		assertThat(queries.staffList(ProposalStatus.UNDER_REVIEW, 500)).extracting(ProposalView::id).contains(receipt.id());
		assertRule(() -> workflow.reject(receipt.id(), version(receipt.id()), " ", null), "proposal.error.reasonRequired");
		workflow.reject(receipt.id(), version(receipt.id()), "Орталықта бос бөлме жоқ", null);
		ProposalView rejected = queries.one(receipt.id()).orElseThrow();
		assertThat(rejected.status()).isEqualTo(ProposalStatus.REJECTED);
		assertThat(rejected.answer()).isEqualTo("Орталықта бос бөлме жоқ");
		assertRule(() -> workflow.markImplemented(receipt.id(), version(receipt.id()), "?"), "proposal.error.notAccepted");
	}

	@Test
	void badInputIsRefusedWithAReasonAndSavesNothing() {
		long before = jdbc.sql("SELECT count(*) FROM proposal").query(Long.class).single();
		long miras = unit("miras-council");
		assertRule(() -> workflow.submitFromCitizen(new CitizenProposal(miras, "  ", Language.KK, null, null, null, null)),
				"proposal.error.textRequired");
		assertRule(() -> workflow.submitFromCitizen(new CitizenProposal(miras, "x".repeat(4001), Language.KK, null, null,
				null, null)), "proposal.error.textTooLong");
		assertRule(() -> workflow.submitFromCitizen(new CitizenProposal(miras, "Мәтін", Language.KK, null, null,
				"not-an-email", null)), "proposal.error.email");
		assertRule(() -> workflow.submitFromCitizen(new CitizenProposal(-5, "Мәтін", Language.KK, null, null, null,
				null)), "proposal.error.addressee");
		assertThat(jdbc.sql("SELECT count(*) FROM proposal").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void anAnswerNeedsTheProposalUnderReviewAndADueDateNotBeforeItArrived() {
		ProposalReceipt receipt = citizen("Кітапханада кешкі оқу залын ашу");
		Actors.actAs(users, "secretary");
		assertRule(() -> workflow.accept(receipt.id(), version(receipt.id()), "Иә"), "proposal.error.notUnderReview");
		assertRule(() -> workflow.takeUnderReview(receipt.id(), version(receipt.id()), unit("dept-culture"),
				LocalDate.now().minusDays(1)), "proposal.error.dueBeforeReceived");
		assertThat(queries.one(receipt.id()).orElseThrow().status()).isEqualTo(ProposalStatus.RECEIVED);
	}

	static void assertRule(Runnable action, String key) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class,
				e -> assertThat(e.messageKey()).isEqualTo(key));
	}
}

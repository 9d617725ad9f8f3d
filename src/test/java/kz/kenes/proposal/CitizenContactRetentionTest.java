package kz.kenes.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import kz.kenes.i18n.Language;
import kz.kenes.organization.OrgUnits;
import kz.kenes.support.Actors;
import kz.kenes.support.KenesTest;
import kz.kenes.support.Logins;

/**
 * Citizens' names and contacts are erased a retention period (a year) after their proposal was answered; the text
 * and the answer stay, the audit trail records the erasure without the data, and no public output ever shows them.
 */
@KenesTest
class CitizenContactRetentionTest {

	@Autowired
	ProposalWorkflow workflow;

	@Autowired
	ProposalQueries queries;

	@Autowired
	CitizenContactRetention retention;

	@Autowired
	OrgUnits units;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void logout() {
		Actors.nobody();
	}

	record Citizen(String name, String email, String phone) {
		static Citizen unique() {
			String tag = UUID.randomUUID().toString().substring(0, 8);
			// a Kazakhstan mobile number in the form the portal stores it (+7 701 123 45 67), unique to the test
			String digits = String.format("%07d", Math.floorMod(tag.hashCode(), 10_000_000));
			return new Citizen("Ұлжан Retention-" + tag, "ulzhan-" + tag + "@example.kz", "+7 701 "
					+ digits.substring(0, 3) + " " + digits.substring(3, 5) + " " + digits.substring(5));
		}
	}

	/** A citizen's proposal accepted with an answer, its dates then moved back so that it was answered that day. */
	long answered(Citizen citizen, String text, LocalDate answeredOn) {
		Actors.nobody();
		long id = workflow.submitFromCitizen(new CitizenProposal(unit("miras-council"), text, Language.KK, null,
				citizen.name(), citizen.email(), citizen.phone())).id();
		Actors.actAs(users, "secretary");
		workflow.takeUnderReview(id, version(id), unit("dept-culture"), LocalDate.now().plusDays(10));
		Actors.actAs(users, "culture");
		workflow.accept(id, version(id), "Ұсыныс қабылданды, келесі жылы орындалады.");
		Actors.nobody();
		jdbc.sql("UPDATE proposal SET received_on = :on, answered_on = :on WHERE id = :id")
			.param("on", answeredOn).param("id", id).update();
		return id;
	}

	@Test
	void contactsAreErasedAYearAfterTheAnswerAndTheErasureIsAuditedWithoutThem() throws Exception {
		LocalDate today = LocalDate.now();
		Citizen old = Citizen.unique();
		Citizen recent = Citizen.unique();
		long expired = answered(old, "Ауылда кітапхана ашу", today.minusYears(1).minusDays(1));
		long kept = answered(recent, "Стадионды жөндеу", today.minusMonths(11));
		int versionBefore = version(expired);

		assertThat(retention.eraseExpired(today)).isGreaterThanOrEqualTo(1);

		ProposalView erased = queries.one(expired).orElseThrow();
		assertThat(erased.citizenName()).isNull();
		assertThat(erased.contactEmail()).isNull();
		assertThat(erased.contactPhone()).isNull();
		assertThat(erased.contactsErasedOn()).isEqualTo(today);
		assertThat(erased.text()).isEqualTo("Ауылда кітапхана ашу");
		assertThat(erased.answer()).isEqualTo("Ұсыныс қабылданды, келесі жылы орындалады.");
		assertThat(erased.status()).isEqualTo(ProposalStatus.ACCEPTED);
		assertThat(erased.version()).isEqualTo(versionBefore + 1);

		ProposalView stillKept = queries.one(kept).orElseThrow();
		assertThat(stillKept.contactEmail()).isEqualTo(recent.email());
		assertThat(stillKept.contactPhone()).isEqualTo(recent.phone());
		assertThat(stillKept.citizenName()).isEqualTo(recent.name());
		assertThat(stillKept.contactsErasedOn()).isNull();

		List<String> actions = jdbc.sql("""
				SELECT action || ' ' || actor FROM audit_event WHERE entity_type = 'Proposal' AND entity_id = ?
				 ORDER BY id""").param(String.valueOf(expired)).query(String.class).list();
		assertThat(actions).last().isEqualTo("ERASE_CONTACTS " + CitizenContactRetention.ACTOR);
		assertThat(actions).containsOnlyOnce("ERASE_CONTACTS " + CitizenContactRetention.ACTOR);
		String everyAuditRow = String.join("\n", jdbc.sql("""
				SELECT coalesce(before_state::text, '') || coalesce(after_state::text, '') FROM audit_event
				 WHERE entity_type = 'Proposal' AND entity_id IN (?, ?)""")
			.params(String.valueOf(expired), String.valueOf(kept)).query(String.class).list());
		assertThat(everyAuditRow).contains("contactsErasedOn").doesNotContain(old.email(), old.phone(), old.name(),
				recent.email(), recent.phone(), recent.name());

		// a second night finds nothing more to erase for it, and a form opened before the erasure cannot write back
		retention.eraseExpired(today);
		assertThat(version(expired)).isEqualTo(versionBefore + 1);
		Actors.actAs(users, "culture");
		assertThatThrownBy(() -> workflow.markImplemented(expired, versionBefore, "Кітапхана ашылды."))
			.isInstanceOf(OptimisticLockingFailureException.class);
		Actors.nobody();

		// the staff page says the proposal is anonymised
		String staffPage = mvc.perform(get("/staff/proposals/{id}", expired).param("lang", "en")
			.with(Logins.as(users, "secretary"))).andReturn().getResponse().getContentAsString();
		assertThat(staffPage).contains("anonymised (contact details erased)")
			.contains("erased on " + String.format("%02d.%02d.%d", today.getDayOfMonth(), today.getMonthValue(),
					today.getYear()))
			.doesNotContain(old.email());
	}

	@Test
	void contactsKeptForStaffNeverReachPublicPagesOpenDataOrFeeds() throws Exception {
		Citizen citizen = Citizen.unique();
		long id = answered(citizen, "Жастар үшін спорт алаңы", LocalDate.now());
		assertThat(queries.one(id).orElseThrow().contactEmail()).isEqualTo(citizen.email());

		for (String url : List.of("/proposals", "/proposals/" + id, "/api/v1/proposals", "/api/v1/proposals/" + id,
				"/", "/news/feed.atom", "/sitemap.xml", "/api/v1/open/meetings",
				"/api/v1/open/decisions.csv", "/api/v1/open/roadmaps")) {
			var response = mvc.perform(get(url)).andReturn().getResponse();
			assertThat(response.getStatus()).as(url).isLessThan(500);
			assertThat(response.getContentAsString()).as(url)
				.doesNotContain(citizen.email(), citizen.phone(), citizen.name());
		}
		assertThat(mvc.perform(get("/api/v1/proposals/" + id)).andReturn().getResponse().getContentAsString())
			.as("the public API shows the answered proposal itself").contains("Жастар үшін спорт алаңы");
	}

	private long unit(String code) {
		return units.findByCode(code).orElseThrow().getId();
	}

	private int version(long id) {
		return queries.one(id).orElseThrow().version();
	}
}

package kz.kenes.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.identity.Access;
import kz.kenes.publication.CitizenSubmissions;
import kz.kenes.support.KenesTest;

/**
 * Questions and appeals recorded by staff (back-dated, never in the future, routed and answered like a proposal,
 * due dates from the day received), and the contacts citizens give on the portal, checked when sent so that
 * forwarding never fails.
 */
@KenesTest
@Transactional
class QuestionsAndAppealsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CitizenSubmissions submissions;

	@Autowired
	Access access;

	private long unit(String code) {
		return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private int appeals() {
		return jdbc.sql("SELECT count(*) FROM proposal WHERE source = 'APPEAL'").query(Integer.class).single();
	}

	@Test
	void theSecretaryRecordsABackDatedAppealOfAnUnnamedGroupRoutesItAndItIsAnsweredPublicly() throws Exception {
		String form = mvc.perform(get("/staff/proposals/appeals/new").with(as("secretary")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("Қоғамдық қабылдауда").contains("name=\"receivedOn\"").contains("<label");
		String miras = String.valueOf(unit("miras-council"));
		String text = "Самал шағын ауданында балалар алаңын салу туралы өтініш";
		String location = mvc.perform(post("/staff/proposals/appeals").with(as("secretary")).with(csrf())
			.param("addresseeId", miras).param("channel", "PUBLIC_RECEPTION").param("receivedOn", "2024-03-01")
			.param("text", text)).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		var row = jdbc.sql("""
				SELECT source, channel, received_on, citizen_name, status, tracking_code FROM proposal WHERE id = ?""")
			.param(id).query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2),
					rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6) })
			.single();
		assertThat(row[0]).isEqualTo("APPEAL");
		assertThat(row[1]).isEqualTo("PUBLIC_RECEPTION");
		assertThat(row[2]).isEqualTo(LocalDate.of(2024, 3, 1));
		assertThat(row[3]).isNull();
		assertThat(row[4]).isEqualTo("RECEIVED");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'Proposal' AND entity_id = ? "
				+ "AND action = 'RECORD_APPEAL'").param(String.valueOf(id)).query(Integer.class).single())
			.isEqualTo(1);

		// the staff page shows how it came, and proposes a due date counted from the day it was received
		String page = mvc.perform(get("/staff/proposals/" + id).with(as("secretary"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Қоғамдық қабылдауда").contains("value=\"2024-03-31\"");

		// routed to an executor: a due date before the day received is refused, one after it taken
		String youth = String.valueOf(unit("dept-youth"));
		mvc.perform(post("/staff/proposals/" + id + "/review").with(as("secretary")).with(csrf())
			.param("version", "0").param("executorId", youth).param("dueDate", "2024-02-15"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "Мерзім ұсыныс түскен күннен ерте болмауы керек."));
		mvc.perform(post("/staff/proposals/" + id + "/review").with(as("secretary")).with(csrf())
			.param("version", "0").param("executorId", youth).param("dueDate", "2024-03-31"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/staff/proposals/" + id + "/answer").with(as("youth")).with(csrf()).param("version", "1")
			.param("verdict", "accept").param("answer", "Алаң 2024 жылдың жазында салынды."))
			.andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(get("/proposals/" + id)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains(text).contains("Алаң 2024 жылдың жазында салынды.");
	}

	@Test
	void anAppealDatedInTheFutureIsRefusedWithAMessageAndNothingIsWritten() throws Exception {
		int before = appeals();
		String tomorrow = LocalDate.now(ZoneId.of("Asia/Almaty")).plusDays(2).toString();
		mvc.perform(post("/staff/proposals/appeals?lang=ru").with(as("secretary")).with(csrf())
			.param("addresseeId", String.valueOf(unit("miras-council"))).param("channel", "PHONE")
			.param("receivedOn", tomorrow).param("raisedBy", "Жители дома № 5").param("text", "Вопрос"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error",
					"Дата поступления не может быть в будущем: укажите сегодняшнюю или прошедшую дату."));
		assertThat(appeals()).isEqualTo(before);
	}

	@Test
	void onlyASecretaryOfTheAddresseeRecordsAppeals() throws Exception {
		int before = appeals();
		mvc.perform(get("/staff/proposals/appeals/new").with(as("member"))).andExpect(status().isForbidden());
		mvc.perform(post("/staff/proposals/appeals").with(as("member")).with(csrf())
			.param("addresseeId", String.valueOf(unit("miras-council"))).param("channel", "LETTER")
			.param("receivedOn", "2024-05-01").param("text", "Хат")).andExpect(status().isForbidden());
		assertThat(appeals()).isEqualTo(before);
	}

	@Test
	void thePortalChecksTheContactWhenSentAndForwardsEveryKind() throws Exception {
		String miras = String.valueOf(unit("miras-council"));
		String refused = mvc.perform(post("/proposals").with(r -> {
			r.setRemoteAddr("192.0.2.171");
			return r;
		}).with(csrf()).param("addresseeId", miras).param("text", "Ұсыныс").param("contact", "aigerim@mail"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Байланыс үшін электрондық поштаны");

		String location = mvc.perform(post("/proposals").with(r -> {
			r.setRemoteAddr("192.0.2.172");
			return r;
		}).with(csrf()).param("addresseeId", miras).param("text", "Telegram арқылы жауап күтемін")
			.param("contact", "t.me/aigerim_k")).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		String code = location.substring(location.lastIndexOf('/') + 1);
		long submission = jdbc.sql("SELECT id FROM citizen_submission WHERE tracking_code = ?").param(code)
			.query(Long.class).single();
		assertThat(jdbc.sql("SELECT contact FROM citizen_submission WHERE id = ?").param(submission)
			.query(String.class).single()).isEqualTo("@aigerim_k");
		mvc.perform(post("/staff/news/proposals/" + submission + "/forward").with(as("secretary")).with(csrf())
			.param("version", "0")).andExpect(status().is3xxRedirection());
		Long proposal = jdbc.sql("SELECT proposal_id FROM citizen_submission WHERE id = ?").param(submission)
			.query(Long.class).single();
		assertThat(proposal).isNotNull();
		assertThat(jdbc.sql("SELECT contact_telegram FROM proposal WHERE id = ?").param(proposal)
			.query(String.class).single()).isEqualTo("@aigerim_k");
	}

	@Test
	void theMigrationRepairsSubmissionsStuckByTheirContact() throws Exception {
		long miras = unit("miras-council");
		long handle = stuck(miras, "@aigerim_k ");
		long phone = stuck(miras, "8 (701) 555-01-99");
		long mail = stuck(miras, " Aigerim@Mail.KZ");
		long unusable = stuck(miras, "aigerim@mail");
		// forwarding these failed until now: a handle or a broken address was taken for an e-mail address
		String sql;
		try (var in = getClass().getResourceAsStream(
				"/db/migration/V5_30__citizen_submission_contacts_repaired.sql")) {
			sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
			if (!statement.isBlank()) {
				jdbc.sql(statement).update();
			}
		}
		assertThat(contact(handle)).isEqualTo("@aigerim_k");
		assertThat(contact(phone)).isEqualTo("+7 701 555 01 99");
		assertThat(contact(mail)).isEqualTo("aigerim@mail.kz");
		assertThat(contact(unusable)).isEqualTo("aigerim@mail");
		for (long id : new long[] { handle, phone, mail, unusable }) {
			int version = jdbc.sql("SELECT version FROM citizen_submission WHERE id = ?").param(id)
				.query(Integer.class).single();
			mvc.perform(post("/staff/news/proposals/" + id + "/forward").with(as("secretary")).with(csrf())
				.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
			assertThat(jdbc.sql("SELECT status FROM citizen_submission WHERE id = ?").param(id).query(String.class)
				.single()).as("submission with %s", id).isEqualTo("FORWARDED");
		}
		assertThat(jdbc.sql("""
				SELECT p.contact_phone FROM proposal p JOIN citizen_submission s ON s.proposal_id = p.id
				WHERE s.id = ?""").param(phone).query(String.class).single()).isEqualTo("+7 701 555 01 99");
		assertThat(jdbc.sql("""
				SELECT coalesce(p.contact_email, p.contact_phone, p.contact_telegram, 'none') FROM proposal p
				JOIN citizen_submission s ON s.proposal_id = p.id WHERE s.id = ?""").param(unusable)
			.query(String.class).single()).isEqualTo("none");
	}

	private long stuck(long addressee, String contact) {
		return jdbc.sql("""
				INSERT INTO citizen_submission (tracking_code, addressee_id, region_id, contact, text, text_language)
				SELECT :code, id, region_id, :contact, 'Тұрып қалған ұсыныс', 'kk' FROM org_unit WHERE id = :unit
				RETURNING id""").param("code", "T" + System.nanoTime() % 1_000_000_000L).param("contact", contact)
			.param("unit", addressee).query(Long.class).single();
	}

	private String contact(long submission) {
		return jdbc.sql("SELECT contact FROM citizen_submission WHERE id = ?").param(submission).query(String.class)
			.single();
	}
}

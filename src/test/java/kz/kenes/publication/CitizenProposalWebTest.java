package kz.kenes.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kz.kenes.support.KenesTest;

@KenesTest
class CitizenProposalWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void aCitizenSendsAProposalAndFollowsItWithThePrivateCode() throws Exception {
		String miras = String.valueOf(unitId("miras-council"));
		String text = "Мәдениет үйінде балалар үйірмесін ашу " + UUID.randomUUID() + " " + NewsWebTest.XSS;
		String location = mvc.perform(post("/proposals").with(from("192.0.2.60")).with(csrf())
			.param("addresseeId", miras).param("text", text).param("contact", "+7 701 000 00 00")
			.param("name", NewsWebTest.XSS)).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/proposals/track/[A-Z2-9]{10}");
		String code = location.substring(location.lastIndexOf('/') + 1);
		assertThat(jdbc.sql("SELECT text FROM citizen_submission WHERE tracking_code = ?").param(code)
			.query(String.class).single()).isEqualTo(text);

		String page = mvc.perform(get(location)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Келіп түсті, модерацияны күтуде").contains("&lt;script&gt;")
			.doesNotContain("<script>alert").doesNotContain("+7 701");
		assertThat(mvc.perform(get("/proposals/track/NOSUCHCODE")).andReturn().getResponse().getContentAsString())
			.contains("Мұндай кодпен ұсыныс табылмады.");

		// the secretary sees it with the contact, escaped, and rejects it with a reason
		var secretary = user(users.loadUserByUsername("secretary"));
		String queue = mvc.perform(get("/staff/news/proposals").with(secretary)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(queue).contains("+7 701 000 00 00").doesNotContain("<script>alert");
		long id = jdbc.sql("SELECT id FROM citizen_submission WHERE tracking_code = ?").param(code)
			.query(Long.class).single();
		mvc.perform(post("/staff/news/proposals/" + id + "/reject").with(user(users.loadUserByUsername("member")))
			.with(csrf()).param("version", "0").param("reason", "x")).andExpect(status().isForbidden());
		mvc.perform(post("/staff/news/proposals/" + id + "/reject").with(secretary).with(csrf())
			.param("version", "0").param("reason", "Кеңестің құзыретіне жатпайды"))
			.andExpect(status().is3xxRedirection());
		String after = mvc.perform(get(location)).andReturn().getResponse().getContentAsString();
		assertThat(after).contains("Модерациядан өтпеді").contains("Кеңестің құзыретіне жатпайды");
		// the contact is erased once the submission is moderated
		assertThat(jdbc.sql("SELECT contact FROM citizen_submission WHERE id = ?").param(id).query(String.class)
			.optional()).isEmpty();
	}

	@Test
	void honeypotStoresNothingAndAddressesAreRateLimited() throws Exception {
		String miras = String.valueOf(unitId("miras-council"));
		String marker = UUID.randomUUID().toString();
		mvc.perform(post("/proposals").with(from("192.0.2.61")).with(csrf()).param("addresseeId", miras)
			.param("text", marker).param("contact", "bot@example.com").param("website", "http://spam"))
			.andExpect(status().is3xxRedirection());
		assertThat(count(marker)).isZero();

		String address = "192.0.2.62";
		for (int i = 0; i < SubmissionThrottle.Kind.PROPOSAL.perWindow; i++) {
			mvc.perform(post("/proposals").with(from(address)).with(csrf()).param("addresseeId", miras)
				.param("text", marker + i).param("contact", "a@example.com")).andExpect(status().is3xxRedirection());
		}
		String refused = mvc.perform(post("/proposals?lang=ru").with(from(address)).with(csrf())
			.param("addresseeId", miras).param("text", marker + "x").param("contact", "a@example.com"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("С одного адреса отправлено слишком много сообщений");
		assertThat(count(marker)).isEqualTo(SubmissionThrottle.Kind.PROPOSAL.perWindow);

		String noContact = mvc.perform(post("/proposals?lang=kk").with(from("192.0.2.63")).with(csrf())
			.param("addresseeId", miras).param("text", marker + "y")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(noContact).contains("Жауап беру үшін байланыс мекенжайыңызды жазыңыз.");
		assertThat(count(marker + "y")).isZero();
	}

	private int count(String marker) {
		return jdbc.sql("SELECT count(*) FROM citizen_submission WHERE text LIKE ?").param(marker + "%")
			.query(Integer.class).single();
	}

	private long unitId(String code) {
		return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
	}
}

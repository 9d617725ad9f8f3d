package kz.kenes.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kz.kenes.support.KenesTest;

@KenesTest
class FigureChallengeWebTest {

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
	void aDisputedFigureGoesToTheLeadExecutorWhoseAnswerIsPublished() throws Exception {
		long item = jdbc.sql("""
				SELECT i.id FROM roadmap_item i JOIN roadmap r ON r.id = i.roadmap_id JOIN org_unit b ON b.id = r.branch_id
				WHERE b.code = 'shymkent-branch' AND i.number = '1'""").query(Long.class).single();
		String reason = "Кездесулер 18 болды, 20 емес " + UUID.randomUUID() + " " + NewsWebTest.XSS;
		mvc.perform(get("/challenges/new?item=" + item)).andExpect(status().isOk());
		mvc.perform(post("/challenges").with(from("192.0.2.80")).with(csrf()).param("item", String.valueOf(item))
			.param("year", "2023").param("figure", "20 іс-шара").param("reason", reason)
			.param("evidenceUrl", "javascript:alert(1)")).andExpect(status().isOk());
		assertThat(count(reason)).isZero();
		mvc.perform(post("/challenges").with(from("192.0.2.80")).with(csrf()).param("item", String.valueOf(item))
			.param("year", "2023").param("figure", "20 іс-шара").param("reason", reason)
			.param("evidenceUrl", "https://example.kz/photo")).andExpect(status().is3xxRedirection());
		assertThat(count(reason)).isOne();
		var row = jdbc.sql("""
				SELECT c.id, o.code, c.due_date FROM figure_challenge c JOIN org_unit o ON o.id = c.department_id
				WHERE c.reason = ?""").param(reason).query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2),
						rs.getObject(3, LocalDate.class) }).single();
		assertThat(row[1]).isEqualTo("dept-youth");
		assertThat((LocalDate) row[2]).isAfter(LocalDate.now());

		String page = mvc.perform(get("/challenges?item=" + item)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Кездесулер 18 болды").doesNotContain("<script>alert").contains("дейін беріледі");

		// another department cannot answer; the lead executor's reporter can
		mvc.perform(post("/staff/challenges/" + row[0] + "/answer").with(user(users.loadUserByUsername("culture")))
			.with(csrf()).param("version", "0").param("answer", "x")).andExpect(status().isForbidden());
		String queue = mvc.perform(get("/staff/challenges").with(user(users.loadUserByUsername("youth"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(queue).contains("Кездесулер 18 болды");
		mvc.perform(post("/staff/challenges/" + row[0] + "/answer").with(user(users.loadUserByUsername("youth")))
			.with(csrf()).param("version", "0")
			.param("answer", "2023 жылы 20 іс-шара өтті, хаттамалары есепке тіркелген."))
			.andExpect(status().is3xxRedirection());
		String answered = mvc.perform(get("/challenges?item=" + item + "&lang=ru")).andReturn().getResponse()
			.getContentAsString();
		assertThat(answered).contains("2023 жылы 20 іс-шара өтті").contains("Ответ");
	}

	/**
	 * The branch secretary handles disputes of its roadmaps' figures (README): its queue was empty while they waited,
	 * because the departments that execute the items are not units of the branch.
	 */
	@Test
	void theBranchSecretarySeesAndAnswersDisputesOfItsRoadmapsFigures() throws Exception {
		long item = jdbc.sql("""
				SELECT i.id FROM roadmap_item i JOIN roadmap r ON r.id = i.roadmap_id JOIN org_unit b ON b.id = r.branch_id
				WHERE b.code = 'shymkent-branch' AND i.number = '1'""").query(Long.class).single();
		String reason = "Хаттамада 12 кездесу " + UUID.randomUUID();
		mvc.perform(post("/challenges").with(from("192.0.2.81")).with(csrf()).param("item", String.valueOf(item))
			.param("year", "2024").param("figure", "15 кездесу").param("reason", reason))
			.andExpect(status().is3xxRedirection());
		long id = jdbc.sql("SELECT id FROM figure_challenge WHERE reason = ?").param(reason).query(Long.class).single();
		String queue = mvc.perform(get("/staff/challenges").with(user(users.loadUserByUsername("secretary"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(queue).contains(reason);
		mvc.perform(post("/staff/challenges/" + id + "/answer").with(user(users.loadUserByUsername("secretary")))
			.with(csrf()).param("version", "0").param("answer", "Хаттамалар бойынша 15 кездесу өтті."))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT status FROM figure_challenge WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("ANSWERED");
		// a department's reporter still sees only its own department's disputes
		String culture = mvc.perform(get("/staff/challenges").with(user(users.loadUserByUsername("culture"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(culture).doesNotContain(reason);
	}

	@Test
	void anEmptyQueueSpeaksOfDisputedFiguresNotOfComments(@Autowired org.springframework.context.MessageSource messages)
			throws Exception {
		for (String lang : new String[] { "kk", "ru", "en" }) {
			String page = mvc.perform(get("/staff/challenges?lang=" + lang).with(user(users.loadUserByUsername("member"))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			String empty = messages.getMessage("publication.challenge.queueEmpty", null, java.util.Locale.forLanguageTag(lang));
			assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page)).contains(empty);
			assertThat(empty).doesNotContainIgnoringCase("пікір").doesNotContainIgnoringCase("коммент")
				.doesNotContainIgnoringCase("comment");
		}
	}

	private int count(String reason) {
		return jdbc.sql("SELECT count(*) FROM figure_challenge WHERE reason = ?").param(reason).query(Integer.class)
			.single();
	}
}

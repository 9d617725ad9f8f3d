package kz.kenes.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import kz.kenes.identity.KenesUser;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.support.KenesTest;
import org.springframework.transaction.annotation.Transactional;

/** The staff pages and the API on the demo data, with the demo users: who may see and do what. */
@KenesTest
@Transactional
class ReportingPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	RoadmapCatalog catalog;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	JdbcClient jdbc;

	UserDetails as(String username) {
		return users.loadUserByUsername(username);
	}

	long item(String number) {
		long roadmap = catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow().id();
		return catalog.itemByNumber(roadmap, number).orElseThrow().id();
	}

	/** A draft of the culture department (item 3, the clubs), which the youth department does not execute. */
	long cultureDraft() {
		long id = ReportingFixture.as((KenesUser) as("culture"), () -> {
			var existing = jdbc.sql("""
					SELECT id FROM period_report WHERE roadmap_item = ? AND year = 2024 AND first_month = 11
					   AND last_month = 11""").param(item("3")).query(Long.class).optional();
			return existing.orElseGet(() -> workflow.open(item("3"), ReportPeriod.month(2024, 11)).getId());
		});
		return id;
	}

	@Test
	void aReporterOfAnotherDepartmentGets403ForADraftInTheUiAndTheApi() throws Exception {
		long draft = cultureDraft();
		mvc.perform(get("/staff/reporting/reports/{id}", draft).with(user(as("culture")))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("name=\"narrativeKk\"")));

		mvc.perform(get("/staff/reporting/reports/{id}", draft).with(user(as("youth"))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/staff/reporting/reports/{id}", draft).with(user(as("youth"))).with(csrf())
			.param("version", "0").param("narrativeKk", "hijacked")).andExpect(status().isForbidden());
		mvc.perform(get("/staff/reporting/items/{id}", item("3")).with(user(as("youth"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/reporting/reports/{id}", draft).with(user(as("youth"))))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/reporting/reports/{id}", draft).with(user(as("youth"))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"narrativeKk\":\"hijacked\"}"))
			.andExpect(status().isForbidden());
		// Drafts stay with the executors, even for the secretary.
		mvc.perform(get("/api/v1/reporting/reports/{id}", draft).with(user(as("secretary"))))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT narrative_kk FROM period_report WHERE id = ?").param(draft)
			.query(String.class).optional()).isEmpty();
	}

	@Test
	void aReporterCannotAcceptAndTheSecretaryCanReviewThroughTheApi() throws Exception {
		long submitted = jdbc.sql("""
				SELECT id FROM period_report WHERE roadmap_item = ? AND year = 2024 AND first_month = 1
				   AND last_month = 10""").param(item("2")).query(Long.class).single();
		int version = jdbc.sql("SELECT version FROM period_report WHERE id = ?").param(submitted)
			.query(Integer.class).single();
		mvc.perform(post("/api/v1/reporting/reports/{id}/accept", submitted).with(user(as("culture"))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + "}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/reporting/reports/{id}", submitted).with(user(as("secretary"))))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
				.value("SUBMITTED"));
		// a stale version is a conflict, in the user's language, and changes nothing
		mvc.perform(post("/api/v1/reporting/reports/{id}/return", submitted).with(user(as("secretary"))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + (version - 1) + ",\"comment\":\"x\"}")
			.header("Accept-Language", "ru"))
			.andExpect(status().isConflict());
		assertThat(jdbc.sql("SELECT status FROM period_report WHERE id = ?").param(submitted).query(String.class)
			.single()).isEqualTo("SUBMITTED");
	}

	@Test
	void pagesRenderForTheirUsers() throws Exception {
		mvc.perform(get("/staff/reporting").with(user(as("youth")))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Отбасындағы зорлық-зомбылықтың алдын алу")));
		mvc.perform(get("/staff/reporting/items/{id}", item("1")).param("year", "2023").with(user(as("youth"))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("«Бәйтерек» жастар ұйымы")))
			.andExpect(content().string(Matchers.containsString("20 іс-шара, 5240 қатысушы")));
		mvc.perform(get("/staff/reporting/items/{id}", item("3")).param("year", "2024").with(user(as("culture"))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Пайдалануға берілді")))
			.andExpect(content().string(Matchers.containsString("Кітапхана")));
		mvc.perform(get("/staff/reporting/review").with(user(as("secretary")))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"review-queue\"")));
		mvc.perform(get("/staff/reporting/review").with(user(as("youth")))).andExpect(status().isForbidden());
		mvc.perform(get("/staff/dashboard").param("year", "2023").with(user(as("member"))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("rollup-table")));
		mvc.perform(get("/progress").param("year", "2023").param("lang", "ru")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Исполнение Дорожной карты")));
		mvc.perform(get("/progress").param("year", "2024").param("period", "m10").param("by", "item")
			.param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("10 months of 2024")));
	}

	@Test
	void badInputOnAFormIsAMessageAndChangesNothing() throws Exception {
		long before = jdbc.sql("SELECT count(*) FROM activity").query(Long.class).single();
		mvc.perform(post("/staff/reporting/items/{id}/activities", item("1")).with(user(as("youth"))).with(csrf())
			.param("heldOn", LocalDate.now().plusDays(5).toString()).param("titleKk", "Кездесу")
			.param("titleRu", "Встреча").param("participants", "10").param("audience", "YOUTH"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("errorKey", "reporting.error.activity.future"));
		mvc.perform(post("/staff/reporting/items/{id}/activities", item("1")).with(user(as("youth")))
			.with(csrf()).param("heldOn", "2024-03-03").param("titleKk", "Кездесу").param("titleRu", "Встреча")
			.param("participants", "10").param("audience", "YOUTH"))
			.andExpect(flash().attribute("errorKey", "reporting.error.periodLocked"));
		assertThat(jdbc.sql("SELECT count(*) FROM activity").query(Long.class).single()).isEqualTo(before);
	}
}

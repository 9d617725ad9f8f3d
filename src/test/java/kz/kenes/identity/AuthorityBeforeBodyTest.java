package kz.kenes.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.support.KenesTest;
import kz.kenes.support.Logins;

/** The API checks the caller's authority before it reads, and judges, the request body. */
@KenesTest
class AuthorityBeforeBodyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	RoadmapCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	/** Item 1 of the demo roadmap, executed by the youth department, not by culture. */
	private long youthItem() {
		long roadmap = catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow().id();
		return catalog.itemByNumber(roadmap, "1").orElseThrow().id();
	}

	@Test
	void aReporterOfAnotherUnitPostingABrokenBodyGets403Not400() throws Exception {
		long before = jdbc.sql("SELECT count(*) FROM activity").query(Long.class).single();
		for (String body : new String[] { "{\"participants\": \"many\"", "{\"heldOn\": \"yesterday\"}", "[]" }) {
			mvc.perform(post("/api/v1/reporting/items/{id}/activities", youthItem())
				.with(Logins.as(users, "culture")).with(csrf()).contentType("application/json").content(body))
				.andExpect(status().isForbidden());
			// the unit's own reporter learns what is wrong with it
			mvc.perform(post("/api/v1/reporting/items/{id}/activities", youthItem())
				.with(Logins.as(users, "youth")).with(csrf()).contentType("application/json").content(body))
				.andExpect(status().isBadRequest());
		}
		mvc.perform(post("/api/v1/reporting/items/{id}/reports", youthItem()).with(Logins.as(users, "culture"))
			.with(csrf()).contentType("application/json").content("{\"year\": \"next\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/reporting/items/{id}/reports", youthItem()).with(Logins.as(users, "youth"))
			.with(csrf()).contentType("application/json").content("{\"year\": \"next\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/reporting/items/{id}/activities", Long.MAX_VALUE)
			.with(Logins.as(users, "culture")).with(csrf()).contentType("application/json").content("{"))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT count(*) FROM activity").query(Long.class).single()).isEqualTo(before);
	}
}

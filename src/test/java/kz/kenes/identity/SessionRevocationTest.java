package kz.kenes.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.support.Actors;
import kz.kenes.support.KenesTest;

/** Access taken away ends at once: the user's existing sessions stop working on the next request. */
@KenesTest
class SessionRevocationTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();
	private static final String PASSWORD = "reporter-password-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAdministration admin;

	@Autowired
	UserDetailsService users;

	@Autowired
	RoadmapCatalog catalog;

	@AfterEach
	void nobody() {
		Actors.nobody();
	}

	/** A fresh REPORTER of the youth department, so that the demo users stay as they are for other tests. */
	private User newReporter() {
		long youth = jdbc.sql("SELECT id FROM org_unit WHERE code = 'dept-youth'").query(Long.class).single();
		Actors.actAs(users, "admin");
		try {
			return admin.create("revoked-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000,
					"Сынақ Есеп", PASSWORD, null, Role.REPORTER, youth);
		}
		finally {
			Actors.nobody();
		}
	}

	private Cookie login(String username, String password) throws Exception {
		Cookie session = mvc.perform(formLogin("/login").user(username).password(password))
			.andExpect(redirectedUrl("/staff")).andReturn().getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	private long youthItem() {
		long roadmap = catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow().id();
		return catalog.itemByNumber(roadmap, "1").orElseThrow().id();
	}

	private int logActivity(Cookie session, String title) throws Exception {
		String body = """
				{"heldOn": "2024-11-05", "titleKk": "%s", "titleRu": "%s", "venue": "Зал", "participants": 5,
				 "audience": "GENERAL", "partnerIds": []}""".formatted(title, title);
		return mvc.perform(post("/api/v1/reporting/items/{id}/activities", youthItem()).cookie(session).with(csrf())
			.contentType("application/json").content(body)).andReturn().getResponse().getStatus();
	}

	private long activitiesTitled(String title) {
		return jdbc.sql("SELECT count(*) FROM activity WHERE title_kk = ?").param(title).query(Long.class).single();
	}


	private int version(User user) {
		return jdbc.sql("SELECT version FROM app_user WHERE id = ?").param(user.getId()).query(Integer.class).single();
	}

	private void asAdmin(Runnable change) {
		Actors.actAs(users, "admin");
		try {
			change.run();
		}
		finally {
			Actors.nobody();
		}
	}

	@Test
	void aDisabledReportersOpenSessionCanNoLongerLogAnActivity() throws Exception {
		User reporter = newReporter();
		Cookie first = login(reporter.getUsername(), PASSWORD);
		Cookie second = login(reporter.getUsername(), PASSWORD);
		assertThat(logActivity(first, "Бұрын " + reporter.getId())).isEqualTo(201);

		asAdmin(() -> admin.setEnabled(reporter.getId(), version(reporter), false));

		String title = "Кейін " + reporter.getId();
		assertThat(logActivity(first, title)).isEqualTo(401);
		assertThat(logActivity(second, title)).isEqualTo(401);
		assertThat(activitiesTitled(title)).isZero();
		mvc.perform(get("/staff").cookie(first)).andExpect(redirectedUrl("/login"));
		assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
			.param(reporter.getUsername()).query(Long.class).single()).isZero();
	}

	@Test
	void aRevokedRoleEndsTheSession() throws Exception {
		User reporter = newReporter();
		long youth = jdbc.sql("SELECT id FROM org_unit WHERE code = 'dept-youth'").query(Long.class).single();
		Cookie session = login(reporter.getUsername(), PASSWORD);

		asAdmin(() -> admin.revoke(reporter.getId(), version(reporter), Role.REPORTER, youth));

		assertThat(logActivity(session, "Рөлсіз " + reporter.getId())).isEqualTo(401);
		assertThat(activitiesTitled("Рөлсіз " + reporter.getId())).isZero();
	}

	@Test
	void aNewUnitOrARoleGrantedAlsoEndsTheOldSessionWhichCarriesTheOldGrants() throws Exception {
		User reporter = newReporter();
		long culture = jdbc.sql("SELECT id FROM org_unit WHERE code = 'dept-culture'").query(Long.class).single();
		Cookie session = login(reporter.getUsername(), PASSWORD);

		asAdmin(() -> admin.grant(reporter.getId(), version(reporter), Role.REPORTER, culture));

		mvc.perform(get("/api/v1/reporting/items/{id}/activities", youthItem()).cookie(session))
			.andExpect(status().isUnauthorized());
		login(reporter.getUsername(), PASSWORD);
	}

	@Test
	void aPasswordResetEndsEverySessionAndOnlyTheNewPasswordLogsIn() throws Exception {
		User reporter = newReporter();
		Cookie session = login(reporter.getUsername(), PASSWORD);

		asAdmin(() -> admin.resetPassword(reporter.getId(), version(reporter), "a-brand-new-password"));

		mvc.perform(get("/api/v1/reporting/items/{id}/activities", youthItem()).cookie(session))
			.andExpect(status().isUnauthorized());
		mvc.perform(formLogin("/login").user(reporter.getUsername()).password(PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		login(reporter.getUsername(), "a-brand-new-password");
	}

	@Test
	void aSessionEndsTwelveHoursAfterItBeganHoweverActive() throws Exception {
		User reporter = newReporter();
		Cookie session = login(reporter.getUsername(), PASSWORD);
		mvc.perform(get("/api/v1/reporting/items/{id}/activities", youthItem()).cookie(session))
			.andExpect(status().isOk());
		// eleven hours old and used a minute ago: still on
		jdbc.sql("""
				UPDATE spring_session SET creation_time = (extract(epoch FROM now()) * 1000)::bigint - 11 * 3600 * 1000,
				       last_access_time = (extract(epoch FROM now()) * 1000)::bigint - 60 * 1000
				 WHERE principal_name = ?""").param(reporter.getUsername()).update();
		mvc.perform(get("/api/v1/reporting/items/{id}/activities", youthItem()).cookie(session))
			.andExpect(status().isOk());
		jdbc.sql("""
				UPDATE spring_session SET creation_time = (extract(epoch FROM now()) * 1000)::bigint - 12 * 3600 * 1000 - 60 * 1000
				 WHERE principal_name = ?""").param(reporter.getUsername()).update();
		mvc.perform(get("/api/v1/reporting/items/{id}/activities", youthItem()).cookie(session))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/staff").cookie(session)).andExpect(redirectedUrl("/login"));
	}
}

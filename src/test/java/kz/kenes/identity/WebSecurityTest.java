package kz.kenes.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import kz.kenes.support.KenesTest;

@KenesTest
class WebSecurityTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anonymousVisitorIsSentToLoginFromStaffPages() throws Exception {
		mvc.perform(get("/staff")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void anonymousCallerGets401ProblemFromStaffApi() throws Exception {
		mvc.perform(get("/api/v1/people"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("WWW-Authenticate"))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void publicPagesAreOpen() throws Exception {
		mvc.perform(get("/")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	@Test
	void rightPasswordLogsInAndWrongOneIsRejected() throws Exception {
		mvc.perform(formLogin("/login").user("member").password("kenes-demo"))
			.andExpect(redirectedUrl("/staff"));
		mvc.perform(formLogin("/login").user("member").password("wrong"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void postWithoutCsrfTokenIsRejected() throws Exception {
		mvc.perform(post("/login").param("username", "secretary").param("password", "kenes-demo"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/logout")).andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(csrf())).andExpect(status().is3xxRedirection());
	}

	@Test
	void apiWritesRidingOnTheSessionCookieNeedTheCsrfToken() throws Exception {
		jakarta.servlet.http.Cookie session = mvc.perform(formLogin("/login").user("zholdykhozhaev").password("kenes-demo"))
			.andExpect(redirectedUrl("/staff")).andReturn().getResponse().getCookie("SESSION");
		String body = "{\"fullName\": {\"kk\": \"Сынақ\", \"ru\": \"Тест\", \"en\": \"Test\"}}";
		mvc.perform(post("/api/v1/people").cookie(session).contentType("application/json").content(body))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/people").cookie(session).with(csrf()).contentType("application/json").content(body))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/people").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void anAuthorizationHeaderThatIsNotBasicDoesNotExcuseASessionWriteFromTheCsrfToken() throws Exception {
		jakarta.servlet.http.Cookie session = mvc.perform(formLogin("/login").user("zholdykhozhaev").password("kenes-demo"))
			.andExpect(redirectedUrl("/staff")).andReturn().getResponse().getCookie("SESSION");
		String body = "{\"fullName\": {\"kk\": \"Жалған тасымал\", \"ru\": \"Подделка\", \"en\": \"Forged\"}}";
		long before = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
		mvc.perform(post("/api/v1/people").cookie(session).header("Authorization", "Bearer junk")
			.contentType("application/json").content(body))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/people").cookie(session).header("Authorization", "Basic anVuazpqdW5r")
			.contentType("application/json").content(body))
			.andExpect(status().isUnauthorized()); // wrong Basic credentials do not fall back on the session
		assertThat(jdbc.sql("SELECT count(*) FROM person").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void realHttpBasicWritesWithoutTheCsrfToken() throws Exception {
		String body = "{\"fullName\": {\"kk\": \"Базалық\", \"ru\": \"Базовый\", \"en\": \"Basic\"}}";
		mvc.perform(post("/api/v1/people").with(org.springframework.security.test.web.servlet.request
				.SecurityMockMvcRequestPostProcessors.httpBasic("zholdykhozhaev", "kenes-demo"))
			.contentType("application/json").content(body))
			.andExpect(status().isCreated());
	}

	@Test
	void repeatedFailuresFromAnAddressHoldItBackEvenForTheRightPassword() throws Exception {
		for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_PAIR; i++) {
			mvc.perform(formLogin("/login").user("culture").password("guess-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user("culture").password("kenes-demo"))
			.andExpect(redirectedUrl("/login?throttled"));
		jdbc.sql("DELETE FROM login_attempt WHERE username = 'culture'").update();
		mvc.perform(formLogin("/login").user("culture").password("kenes-demo"))
			.andExpect(redirectedUrl("/staff"));
	}

	@Test
	void passwordsAreStoredHashed() {
		String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'secretary'").query(String.class)
			.single();
		assertThat(hash).startsWith("$2").doesNotContain("kenes-demo");
	}
}

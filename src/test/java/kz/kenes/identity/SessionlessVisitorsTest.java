package kz.kenes.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import kz.kenes.support.KenesTest;

/** Anonymous visitors get no session row: the CSRF token of a form rides in a cookie until a login needs a session. */
@KenesTest
class SessionlessVisitorsTest {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CookieCsrfTokenRepository csrfTokens;

	@Autowired
	WebApplicationContext context;

	/**
	 * Puts the application's own token repository back into both chains: spring-security-test's {@code csrf()},
	 * used by other classes on this shared context, swaps in a session-backed one for good.
	 */
	@BeforeEach
	void realCsrfTokenRepository() {
		for (String path : new String[] { "/login", "/api/v1/people" }) {
			WebTestUtils.setCsrfTokenRepository(new MockHttpServletRequest(context.getServletContext(), "GET", path),
					csrfTokens);
		}
	}

	private long sessions() {
		return jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single();
	}

	/** A form as a browser gets it: the token cookie and the token field. */
	private record Form(Cookie cookie, String token) {
	}

	private Form form(String path) throws Exception {
		MockHttpServletResponse page = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
		Matcher field = CSRF_FIELD.matcher(page.getContentAsString());
		assertThat(field.find()).as("the form carries a CSRF token").isTrue();
		Cookie cookie = page.getCookie("XSRF-TOKEN");
		assertThat(cookie).isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		return new Form(cookie, field.group(1));
	}

	@Test
	void fiftyAnonymousVisitsToTheLoginPageAndThePublicProposalFormCreateNoSession() throws Exception {
		long before = sessions();
		for (int i = 0; i < 50; i++) {
			mvc.perform(get("/login")).andExpect(status().isOk())
				.andExpect(result -> assertThat(result.getResponse().getCookie("SESSION")).isNull());
			mvc.perform(get("/proposals/new")).andExpect(status().isOk())
				.andExpect(result -> assertThat(result.getResponse().getCookie("SESSION")).isNull());
		}
		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	void aLoginWithTheTokenFromTheCookieWorksAndWithoutItIsRefused() throws Exception {
		Form login = form("/login");
		mvc.perform(post("/login").param("username", "member").param("password", "kenes-demo"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/login").cookie(login.cookie()).param("username", "member").param("password", "kenes-demo"))
			.andExpect(status().isForbidden());
		Cookie session = mvc.perform(post("/login").cookie(login.cookie()).param("_csrf", login.token())
			.param("username", "member").param("password", "kenes-demo"))
			.andExpect(redirectedUrl("/staff")).andReturn().getResponse().getCookie("SESSION");
		assertThat(session).as("the session begins at login").isNotNull();
		mvc.perform(get("/staff").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void aPublicFormPostsWithTheTokenAndIsRefusedWithoutIt() throws Exception {
		long miras = jdbc.sql("SELECT id FROM org_unit WHERE code = 'miras-council'").query(Long.class).single();
		String text = "Саябаққа орындықтар қою " + System.nanoTime();
		Form proposal = form("/proposals/new");
		mvc.perform(post("/proposals").with(request -> {
			request.setRemoteAddr("192.0.2.150");
			return request;
		}).cookie(proposal.cookie()).param("addresseeId", String.valueOf(miras)).param("text", text)
			.param("contact", "+7 701 000 00 01")).andExpect(status().isForbidden());
		mvc.perform(post("/proposals").with(request -> {
			request.setRemoteAddr("192.0.2.150");
			return request;
		}).cookie(proposal.cookie()).param("_csrf", proposal.token()).param("addresseeId", String.valueOf(miras))
			.param("text", text).param("contact", "+7 701 000 00 01"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT count(*) FROM citizen_submission WHERE text = ?").param(text).query(Long.class)
			.single()).isEqualTo(1);
	}
}

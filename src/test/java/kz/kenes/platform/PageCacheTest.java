package kz.kenes.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;

import io.micrometer.observation.ObservationRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.ClassUtils;
import org.springframework.web.filter.ServerHttpObservationFilter;

import kz.kenes.support.KenesTest;

/**
 * The public page cache: a repeat anonymous visit is answered without the controller, with the same bytes and
 * headers; logins, languages and content changes are never mixed up. A hit is told from a rendering by MockMvc's
 * handler: a cached answer never reaches the DispatcherServlet, so no controller, query or template ran for it.
 */
@KenesTest
class PageCacheTest {

	static final String ARTICLE = "/news/amanat-partiyasy-miras-aymaqtyq-kenesinin-otyrysy-otti";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("pageCacheForCookielessVisitors")
	FilterRegistrationBean<? extends Filter> cookielessVisitors;

	private MvcResult visit(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0")).andReturn();
	}

	private static boolean rendered(MvcResult result) {
		return result.getHandler() != null;
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static Map<String, List<String>> headers(MockHttpServletResponse response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			headers.put(name.toLowerCase(), response.getHeaders(name));
		}
		return headers;
	}

	@Test
	void aRepeatAnonymousVisitGetsTheSameBytesAndHeadersWithoutRendering() throws Exception {
		for (String page : List.of("/", "/progress", "/news", ARTICLE, "/meetings")) {
			MvcResult first = visit(get(page + "?v=first"));
			MvcResult second = visit(get(page + "?v=first"));
			assertThat(first.getResponse().getStatus()).as(page).isEqualTo(200);
			assertThat(rendered(first)).as(page).isTrue();
			assertThat(rendered(second)).as(page + " from the cache").isFalse();
			assertThat(second.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
			assertThat(headers(second.getResponse())).as(page).isEqualTo(headers(first.getResponse()));
			assertThat(second.getResponse().getContentType()).isEqualTo("text/html;charset=UTF-8");
			assertThat(second.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
			assertThat(second.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(second.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
			assertThat(second.getResponse().getHeader("ETag")).isNotBlank();
			assertThat(second.getResponse().getHeaders("Vary")).anyMatch(v -> v.contains("Cookie"));
		}
	}

	@Test
	void visitorsWhoMissAtOnceWaitForOneRenderingAndGetItsBytes() throws Exception {
		String page = "/?v=at-once-" + System.nanoTime();
		ExecutorService visitors = Executors.newFixedThreadPool(8);
		CyclicBarrier together = new CyclicBarrier(8);
		try {
			List<Future<MvcResult>> visits = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				visits.add(visitors.submit(() -> {
					together.await();
					return visit(get(page));
				}));
			}
			List<MvcResult> results = new ArrayList<>();
			for (Future<MvcResult> visit : visits) {
				results.add(visit.get(30, TimeUnit.SECONDS));
			}
			assertThat(results).allSatisfy(r -> assertThat(r.getResponse().getStatus()).isEqualTo(200));
			assertThat(results.stream().filter(PageCacheTest::rendered)).as("renderings").hasSize(1);
			assertThat(results.stream().map(r -> r.getResponse().getContentAsByteArray()))
				.allSatisfy(bytes -> assertThat(bytes).isEqualTo(results.get(0).getResponse().getContentAsByteArray()));
		}
		finally {
			visitors.shutdownNow();
		}
	}

	@Test
	void requestsAreNotTimedWhileNoMetricsBackendReadsThem() throws Exception {
		assertThat(rendered(visit(get("/?v=untimed")))).isTrue();

		assertThat(context.getBeanNamesForType(ServerHttpObservationFilter.class)).isEmpty();
		assertThat(context.getBeanProvider(ObservationRegistry.class).getIfAvailable()).isNull();
		assertThat(ClassUtils.isPresent("io.micrometer.core.instrument.MeterRegistry", null))
			.as("Micrometer's metrics are left out of the jar (pom.xml)").isFalse();
	}

	@Test
	void theFirstFilterAnswersCookielessHitsAndPassesOnEverythingElse() throws Exception {
		MvcResult rendered = visit(get("/progress").queryParam("v", "first-filter"));
		Filter first = cookielessVisitors.getFilter();

		MockFilterChain hitChain = new MockFilterChain();
		MockHttpServletResponse hit = new MockHttpServletResponse();
		first.doFilter(progress("first-filter"), hit, hitChain);
		assertThat(hitChain.getRequest()).as("answered, not passed on").isNull();
		assertThat(hit.getContentAsByteArray()).isEqualTo(rendered.getResponse().getContentAsByteArray());

		MockHttpServletRequest withCookie = progress("first-filter");
		withCookie.setCookies(new Cookie("SESSION", "someone"));
		for (MockHttpServletRequest passed : List.of(withCookie, progress("never-rendered"))) {
			MockFilterChain chain = new MockFilterChain();
			MockHttpServletResponse response = new MockHttpServletResponse();
			first.doFilter(passed, response, chain);
			assertThat(chain.getRequest()).as(passed.getQueryString()).isSameAs(passed);
			assertThat(response.getContentAsByteArray()).isEmpty();
		}
	}

	private static MockHttpServletRequest progress(String v) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/progress");
		request.setQueryString("v=" + v);
		request.setParameter("v", v);
		return request;
	}

	@Test
	void aMatchingEtagGets304FromTheCache() throws Exception {
		MvcResult first = visit(get("/?v=etag"));
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		MvcResult revalidated = visit(get("/?v=etag").header("If-None-Match", etag));
		assertThat(revalidated.getResponse().getStatus()).isEqualTo(304);
		assertThat(rendered(revalidated)).isFalse();
		assertThat(revalidated.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(revalidated.getResponse().getHeader("ETag")).isEqualTo(etag);
		MvcResult other = visit(get("/?v=etag").header("If-None-Match", "\"something-else\""));
		assertThat(other.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(other)).contains("<html");
	}

	@Test
	void aLoggedInUserNeverGetsNorLeavesCachedBytes() throws Exception {
		Cookie session = mvc.perform(formLogin().user("secretary").password("kenes-demo")).andReturn().getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		visit(get("/?v=login")); // an anonymous rendering is in the cache
		for (int i = 0; i < 2; i++) {
			MvcResult staff = visit(get("/?v=login").cookie(session));
			assertThat(rendered(staff)).isTrue();
			assertThat(body(staff)).contains("action=\"/logout\"");
		}
		MvcResult staffFirst = visit(get("/?v=login-first").cookie(session));
		assertThat(body(staffFirst)).contains("action=\"/logout\"");
		MvcResult anonymous = visit(get("/?v=login-first"));
		assertThat(rendered(anonymous)).as("the logged-in rendering was not kept").isTrue();
		assertThat(body(anonymous)).doesNotContain("action=\"/logout\"").doesNotContain("_csrf");
	}

	@Test
	void eachLanguageHasItsOwnPage() throws Exception {
		MvcResult switched = visit(get("/?lang=ru"));
		Cookie russian = switched.getResponse().getCookie("SESSION");
		assertThat(russian).isNotNull();
		assertThat(rendered(switched)).isTrue();
		MvcResult kazakh = visit(get("/?v=lang"));
		MvcResult ru1 = visit(get("/?v=lang").cookie(russian));
		MvcResult ru2 = visit(get("/?v=lang").cookie(russian));
		assertThat(body(kazakh)).contains("бағыттар бойынша");
		assertThat(body(ru1)).contains("по направлениям");
		assertThat(rendered(ru1)).isTrue();
		assertThat(rendered(ru2)).as("the Russian page is cached for Russian readers").isFalse();
		assertThat(body(ru2)).isEqualTo(body(ru1));
		MvcResult kazakhAgain = visit(get("/?v=lang"));
		assertThat(rendered(kazakhAgain)).isFalse();
		assertThat(body(kazakhAgain)).isEqualTo(body(kazakh));
	}

	/** Whether a page is served from the cache once rendered (a job's commit in between moves the version: retry). */
	private boolean cachedAfterOneRendering(String page) throws Exception {
		for (int attempt = 0; attempt < 3; attempt++) {
			visit(get(page));
			if (!rendered(visit(get(page)))) {
				return true;
			}
		}
		return false;
	}

	@Test
	void aCommittedChangeOfPublicContentIsInTheNextAnonymousPage() throws Exception {
		long news = jdbc.sql("SELECT id FROM news_item WHERE slug = ?").param(ARTICLE.substring(6)).query(Long.class)
			.single();
		String title = jdbc.sql("SELECT title_kk FROM news_item WHERE id = ?").param(news).query(String.class).single();
		assertThat(cachedAfterOneRendering(ARTICLE)).isTrue();
		try {
			jdbc.sql("UPDATE news_item SET title_kk = ? WHERE id = ?").params(title + " (түзетілді)", news).update();
			MvcResult after = visit(get(ARTICLE));
			assertThat(rendered(after)).isTrue();
			assertThat(body(after)).contains("(түзетілді)");
		}
		finally {
			jdbc.sql("UPDATE news_item SET title_kk = ? WHERE id = ?").params(title, news).update();
		}
		assertThat(body(visit(get(ARTICLE)))).doesNotContain("(түзетілді)");

		long roadmap = jdbc.sql("SELECT id FROM roadmap WHERE status <> 'DRAFT' ORDER BY id LIMIT 1").query(Long.class)
			.single();
		String page = "/roadmap/" + roadmap;
		assertThat(cachedAfterOneRendering(page)).isTrue();
		long item = jdbc.sql("SELECT id FROM roadmap_item WHERE roadmap_id = ? ORDER BY sort_key, id LIMIT 1")
			.param(roadmap).query(Long.class).single();
		String name = jdbc.sql("SELECT name_kk FROM roadmap_item WHERE id = ?").param(item).query(String.class).single();
		try {
			jdbc.sql("UPDATE roadmap_item SET name_kk = ? WHERE id = ?").params("Өзгертілген іс-шара " + item, item)
				.update();
			assertThat(body(visit(get(page)))).contains("Өзгертілген іс-шара " + item);
		}
		finally {
			jdbc.sql("UPDATE roadmap_item SET name_kk = ? WHERE id = ?").params(name, item).update();
		}
	}

	@Test
	void everyTableIsWatchedButThoseNoPublicPageShows() {
		List<String> unwatched = jdbc.sql("""
				SELECT c.relname FROM pg_class c
				 WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace
				   AND NOT EXISTS (SELECT 1 FROM pg_trigger t
				                    WHERE t.tgrelid = c.oid AND t.tgname = 'public_content_changed')
				 ORDER BY 1""").query(String.class).list();
		assertThat(unwatched).as("a new table public pages show needs SELECT watch_public_content('<table>') in its "
				+ "migration (V5_90); add it here only if no public page shows it")
			.containsExactlyInAnyOrder("flyway_schema_history", "shedlock", "spring_session",
					"spring_session_attributes", "app_user", "user_role", "login_attempt", "audit_event",
					"roadmap_import_upload", "report_reminder", "progress_version", "progress_region_version",
					"news_stats", "news_view", "view_salt", "public_content_version", "public_content_change");
	}
}

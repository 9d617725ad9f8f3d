package kz.kenes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.kenes.support.TwoNodes;

/**
 * Two nodes on one PostgreSQL with their own page caches, as in production (200 ms version reads): a change
 * committed through node A is on node B's cached page within a second; on a real Tomcat a cached answer carries
 * the rendered one's headers.
 */
class PageCacheTwoNodesTest {

	static final String ARTICLE = "/news/amanat-partiyasy-miras-aymaqtyq-kenesinin-otyrysy-otti";

	@AutoClose
	static TwoNodes nodes;
	final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startTwoNodes() throws Exception {
		nodes = new TwoNodes();
	}

	private HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(TwoNodes.base(node) + path))
			.header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static Map<String, List<String>> withoutDate(HttpHeaders headers) {
		Map<String, List<String>> map = new TreeMap<>(headers.map());
		map.remove("date");
		return map;
	}

	@Test
	void aCachedPageCarriesTheRenderedHeaders() throws Exception {
		CachedPages pages = nodes.b().getBean(CachedPages.class);
		HttpResponse<String> rendered = get(nodes.b(), "/progress?headers");
		int cached = pages.size();
		HttpResponse<String> fromCache = get(nodes.b(), "/progress?headers");
		assertThat(pages.size()).as("the second answer added nothing: it was the cached page").isEqualTo(cached);
		assertThat(fromCache.body()).isEqualTo(rendered.body());
		assertThat(withoutDate(fromCache.headers())).isEqualTo(withoutDate(rendered.headers()));
		assertThat(fromCache.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(fromCache.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				csp -> assertThat(csp).contains("frame-ancestors 'none'"));
		assertThat(fromCache.headers().firstValue("ETag")).isPresent();
		System.out.println("PAGECACHE headers " + withoutDate(fromCache.headers()));
	}

	@Test
	void aChangeCommittedOnNodeAIsOnNodeBsCachedPageWithinOneSecond() throws Exception {
		get(nodes.b(), ARTICLE);
		assertThat(get(nodes.b(), ARTICLE).body()).doesNotContain("(екінші түйін)");
		JdbcClient jdbcA = nodes.a().getBean(JdbcClient.class);
		String title = jdbcA.sql("SELECT title_kk FROM news_item WHERE slug = ?").param(ARTICLE.substring(6))
			.query(String.class).single();
		try {
			jdbcA.sql("UPDATE news_item SET title_kk = ? WHERE slug = ?").params(title + " (екінші түйін)",
					ARTICLE.substring(6)).update();
			long committed = System.nanoTime();
			long seenAfterMillis = -1;
			while (System.nanoTime() - committed < 3_000_000_000L) {
				if (get(nodes.b(), ARTICLE).body().contains("(екінші түйін)")) {
					seenAfterMillis = (System.nanoTime() - committed) / 1_000_000;
					break;
				}
				Thread.sleep(20);
			}
			System.out.println("PAGECACHE node B showed node A's change after " + seenAfterMillis + " ms");
			assertThat(seenAfterMillis).as("ms until node B shows node A's change").isBetween(0L, 1000L);
		}
		finally {
			jdbcA.sql("UPDATE news_item SET title_kk = ? WHERE slug = ?").params(title, ARTICLE.substring(6)).update();
		}
	}
}

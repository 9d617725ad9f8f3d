package kz.kenes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.kenes.support.TwoNodes;

/** Two app nodes on one PostgreSQL, as behind a load balancer: a login on one is a login on the other. */
class TwoNodesTest {

	@AutoClose
	static TwoNodes nodes;

	@BeforeAll
	static void startTwoNodes() throws Exception {
		nodes = new TwoNodes();
	}

	@Test
	void aUserLoggedInOnOneNodeIsLoggedInOnTheOtherAndKeepsTheirLanguage() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String loginPage = browser.send(HttpRequest.newBuilder(URI.create(TwoNodes.base(nodes.a()) + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(csrf.find()).isTrue();
		String form = "username=secretary&password=kenes-demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(TwoNodes.base(nodes.a()) + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staff"));

		HttpResponse<String> onB = browser.send(HttpRequest.newBuilder(URI.create(TwoNodes.base(nodes.b()) + "/staff")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("Дана Сейітқызы");

		browser.send(HttpRequest.newBuilder(URI.create(TwoNodes.base(nodes.a()) + "/staff?lang=ru")).build(),
				HttpResponse.BodyHandlers.ofString());
		String russianOnB = browser.send(HttpRequest.newBuilder(URI.create(TwoNodes.base(nodes.b()) + "/staff")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		assertThat(russianOnB).contains("Рабочий стол");

		HttpResponse<String> stranger = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(TwoNodes.base(nodes.b()) + "/staff")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(stranger.statusCode()).as("without the session cookie").isEqualTo(302);
	}

	@Test
	void aDisabledUserIsOutOnBothNodesWithinASecond() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String loginPage = browser.send(HttpRequest.newBuilder(URI.create(TwoNodes.base(nodes.b()) + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(csrf.find()).isTrue();
		String form = "username=youth&password=kenes-demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(TwoNodes.base(nodes.b()) + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staff"));
		for (var node : java.util.List.of(nodes.a(), nodes.b())) {
			assertThat(status(browser, TwoNodes.base(node) + "/staff")).isEqualTo(200);
		}

		var jdbc = nodes.a().getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
		long id = jdbc.sql("SELECT id FROM app_user WHERE username = 'youth'").query(Long.class).single();
		int version = jdbc.sql("SELECT version FROM app_user WHERE id = ?").param(id).query(Integer.class).single();
		kz.kenes.support.Actors.actAs(nodes.a().getBean(org.springframework.security.core.userdetails.UserDetailsService.class),
				"admin");
		try {
			nodes.a().getBean(kz.kenes.identity.UserAdministration.class).setEnabled(id, version, false);
		}
		finally {
			kz.kenes.support.Actors.nobody();
		}
		long disabledAt = System.nanoTime();

		for (var node : java.util.List.of(nodes.b(), nodes.a())) {
			assertThat(status(browser, TwoNodes.base(node) + "/staff")).as("a staff page sends to the login").isEqualTo(302);
			assertThat(status(browser, TwoNodes.base(node) + "/api/v1/people")).isEqualTo(401);
		}
		assertThat(java.time.Duration.ofNanos(System.nanoTime() - disabledAt)).isLessThan(java.time.Duration.ofSeconds(1));
	}

	private static int status(HttpClient browser, String url) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}
}

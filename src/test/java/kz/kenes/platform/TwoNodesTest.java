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
}

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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kz.kenes.KenesApplication;

/** Two app nodes on one PostgreSQL, as behind a load balancer: a login on one is a login on the other. */
class TwoNodesTest {

	static EmbeddedPostgres postgres;
	static ConfigurableApplicationContext nodeA;
	static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startTwoNodes() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
		nodeA = node();
		nodeB = node();
	}

	@AfterAll
	static void stop() throws Exception {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	private static ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(KenesApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.jmx.enabled=false");
	}

	private static String base(ConfigurableApplicationContext node) {
		return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	@Test
	void aUserLoggedInOnOneNodeIsLoggedInOnTheOtherAndKeepsTheirLanguage() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String loginPage = browser.send(HttpRequest.newBuilder(URI.create(base(nodeA) + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(csrf.find()).isTrue();
		String form = "username=secretary&password=kenes-demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base(nodeA) + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staff"));

		HttpResponse<String> onB = browser.send(HttpRequest.newBuilder(URI.create(base(nodeB) + "/staff")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("Дана Сейітқызы");

		browser.send(HttpRequest.newBuilder(URI.create(base(nodeA) + "/staff?lang=ru")).build(),
				HttpResponse.BodyHandlers.ofString());
		String russianOnB = browser.send(HttpRequest.newBuilder(URI.create(base(nodeB) + "/staff")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		assertThat(russianOnB).contains("Рабочий стол");

		HttpResponse<String> stranger = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(base(nodeB) + "/staff")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(stranger.statusCode()).as("without the session cookie").isEqualTo(302);
	}
}

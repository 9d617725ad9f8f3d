package kz.kenes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.kenes.support.PackagedApp;

/**
 * The packaged jar starts on the bean definitions Spring AOT worked out at build time, and the switches production
 * sets by environment variables at run time still act: an external PostgreSQL instead of the embedded one, no demo
 * data, no API documentation, scheduled jobs off or on. (Conditions on properties are evaluated once, at build time, in AOT mode; these
 * switches are therefore read when the beans are made.) The demo data and the embedded PostgreSQL are covered by
 * {@link CrashRecoveryIT}, which runs the same jar with neither variable set.
 */
class PackagedJarIT {

	/** Both jobs every second, so that a run would not be missed. */
	static final Map<String, String> PRODUCTION = Map.of("KENES_DEMO_DATA", "false",
			"KENES_REPORTING_REMINDER_CRON", "* * * * * *", "KENES_RETENTION_CRON", "* * * * * *",
			"SPRINGDOC_API_DOCS_ENABLED", "false");

	EmbeddedPostgres external;
	Path dataDir;
	PackagedApp app;

	@BeforeEach
	void startExternalPostgres() throws Exception {
		external = EmbeddedPostgres.builder().start();
		dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "packaged-it-");
	}

	@AfterEach
	void stop() throws Exception {
		if (app != null) {
			app.close();
		}
		external.close();
	}

	@Test
	void runtimeSwitchesActOnTheAotProcessedJar() throws Exception {
		app = start("false");
		assertThat(app.log()).contains("Starting AOT-processed KenesApplication");
		assertThat(dataDir.resolve("postgres")).as("no embedded PostgreSQL with a datasource URL").doesNotExist();
		assertThat(count("SELECT count(*) FROM flyway_schema_history WHERE success")).as("migrated there")
			.isPositive();
		assertThat(count("SELECT count(*) FROM org_unit")).as("no demo data").isZero();
		assertThat(status("/v3/api-docs")).as("no API documentation").isEqualTo(404);
		assertThat(status("/swagger-ui/index.html")).as("no Swagger UI without the document").isEqualTo(404);
		assertThat(status("/api/v1/progress?year=2026&by=direction")).as("the API itself").isEqualTo(200);
		Thread.sleep(3000);
		assertThat(count("SELECT count(*) FROM shedlock")).as("no job ran with scheduling off").isZero();
		app.close();

		app = start("true");
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (count("SELECT count(*) FROM shedlock") < 2 && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertThat(count("SELECT count(*) FROM shedlock")).as("both jobs ran with scheduling on").isEqualTo(2);
	}

	private PackagedApp start(String scheduling) throws Exception {
		Map<String, String> environment = new HashMap<>(PRODUCTION);
		environment.put("SPRING_DATASOURCE_URL", external.getJdbcUrl("postgres", "postgres"));
		environment.put("SPRING_DATASOURCE_USERNAME", "postgres");
		environment.put("KENES_SCHEDULING", scheduling);
		return new PackagedApp(dataDir, environment).start();
	}

	private int status(String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri(path)).build(),
				HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private long count(String sql) throws SQLException {
		try (Connection db = external.getPostgresDatabase().getConnection(); Statement statement = db.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}

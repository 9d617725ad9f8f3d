package kz.kenes.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kz.kenes.support.PackagedApp;

/**
 * The packaged app (the jar {@code package} built) as a real process on its own embedded PostgreSQL data folder,
 * killed with SIGKILL in the middle of an XLSX import and while reviewers accept reports, then started again on the
 * same folder: the import is entirely there or entirely absent, every report is accepted with its audit row and its
 * figures in the rollup or not at all, the rollup equals a recomputation, and the app answers healthy.
 * <p>
 * After the SIGKILL the app's PostgreSQL is still running (zonky starts it with {@code pg_ctl}, detached from the
 * JVM); the restarted app finds it orphaned and stops it before starting its own (see
 * {@code EmbeddedPostgresConfiguration.stopOrphanedPostmaster}); this test checks that it says so in its log.
 */
class CrashRecoveryIT {

	static final int IMPORTED_ITEMS = 2500;
	static final int REPORT_YEAR = 2025;
	static final int REPORTS = 8;

	int pgPort;
	PackagedApp app;

	@AfterEach
	void stopApp() throws Exception {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void anImportAndReviewsKilledMidwayAreAllOrNothingAndTheAppComesBackHealthy() throws Exception {
		Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "crash-it-");
		pgPort = PackagedApp.freePort();
		app = new PackagedApp(dataDir, Map.of(), "--kenes.embedded-postgres.port=" + pgPort,
				"--kenes.scheduling=false").start();

		long roadmap;
		long item;
		List<long[]> reports = new ArrayList<>(); // id, version
		try (Connection db = connect()) {
			roadmap = number(db, """
					SELECT r.id FROM roadmap r JOIN org_unit b ON b.id = r.branch_id
					 WHERE b.code = 'shymkent-branch' ORDER BY r.id LIMIT 1""");
			long youth = number(db, "SELECT id FROM org_unit WHERE code = 'dept-youth'");
			long task = number(db, "SELECT t.id FROM program_task t JOIN roadmap r ON r.program_id = t.program_id"
					+ " WHERE r.id = " + roadmap + " ORDER BY t.number LIMIT 1");
			long direction = number(db, "SELECT id FROM direction ORDER BY id LIMIT 1");
			item = id(api("secretary", "POST", "/api/v1/roadmaps/" + roadmap + "/items", """
					{"number": "900", "name": {"kk": "Апатқа төзімділік", "ru": "Устойчивость", "en": "Crash test"},
					 "completionForm": "EVENT", "taskId": %d, "directionId": %d, "deadlineKind": "ANNUALLY",
					 "deadlineEndYear": 2027, "leadExecutorId": %d}""".formatted(task, direction, youth), 201));
			long indicator = id(api("secretary", "POST", "/api/v1/roadmaps/" + roadmap + "/items/" + item
					+ "/indicators", """
					{"name": {"kk": "Іс-шаралар", "ru": "Мероприятия", "en": "Events"}, "unit": "EVENTS",
					 "aggregation": "SUM"}""", 201));
			api("secretary", "PUT", "/api/v1/roadmaps/" + roadmap + "/items/" + item + "/indicators/" + indicator
					+ "/targets/" + REPORT_YEAR, "{\"planned\": 100, \"reason\": \"Апат сынағы\"}", 200);
			for (int month = 1; month <= REPORTS; month++) {
				String opened = api("youth", "POST", "/api/v1/reporting/items/" + item + "/reports",
						"{\"year\": %d, \"firstMonth\": 1, \"lastMonth\": %d}".formatted(REPORT_YEAR, month), 201);
				long report = id(opened);
				String edited = api("youth", "PUT", "/api/v1/reporting/reports/" + report, """
						{"version": %d, "values": [{"indicator": %d, "actual": %d, "reason": "Есеп бойынша"}],
						 "narrativeKk": "Есеп"}""".formatted(version(opened), indicator, month * 10), 200);
				String submitted = api("youth", "POST", "/api/v1/reporting/reports/" + report + "/submit",
						"{\"version\": %d}".formatted(version(edited)), 200);
				reports.add(new long[] { report, version(submitted) });
			}
		}
		long versionBefore;
		try (Connection db = connect()) {
			versionBefore = number(db, "SELECT version FROM progress_version WHERE id = 1");
		}

		// the import's preview (the dry run), then its apply in the background
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
		login(browser, "secretary");
		byte[] xlsx = bigImport(browser, roadmap);
		String token = preview(browser, roadmap, xlsx);
		String csrf = csrf(browser, "/staff/roadmaps/" + roadmap + "/import");
		CompletableFuture<HttpResponse<String>> apply = browser.sendAsync(
				HttpRequest.newBuilder(uri("/staff/roadmaps/" + roadmap + "/import/apply"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("token=" + token + "&_csrf=" + enc(csrf))).build(),
				HttpResponse.BodyHandlers.ofString());

		AtomicInteger acceptsSent = new AtomicInteger();
		try (Connection db = connect()) {
			awaitImportWriting(db);
			// reviewers accept reports one after another while the import is still writing
			Thread reviewers = new Thread(() -> {
				for (long[] report : reports) {
					acceptsSent.incrementAndGet();
					try {
						api("secretary", "POST", "/api/v1/reporting/reports/" + report[0] + "/accept",
								"{\"version\": %d}".formatted(report[1]), -1);
					}
					catch (Exception e) {
						return; // the app is gone
					}
				}
			});
			reviewers.start();
			while (acceptsSent.get() < 2 && reviewers.isAlive()) {
				Thread.sleep(2);
			}
			assertThat(importWriting(db)).as("the import is still in its transaction when the app is killed").isTrue();
			app.kill();
			reviewers.join(30_000);
		}
		assertThatThrownBy(() -> apply.get(30, TimeUnit.SECONDS)).as("the apply never got its answer")
			.isInstanceOf(ExecutionException.class);

		app.start();
		assertThat(app.log()).contains("left running by a Kenes process that ended abruptly");

		try (Connection db = connect()) {
			long imported = number(db, "SELECT count(*) FROM roadmap_item WHERE roadmap_id = " + roadmap
					+ " AND number ~ '^[0-9]+$' AND number::int BETWEEN 10001 AND " + (10000 + IMPORTED_ITEMS));
			long importedIndicators = number(db, "SELECT count(*) FROM indicator i JOIN roadmap_item r"
					+ " ON r.id = i.roadmap_item WHERE r.roadmap_id = " + roadmap
					+ " AND r.number ~ '^[0-9]+$' AND r.number::int BETWEEN 10001 AND " + (10000 + IMPORTED_ITEMS));
			long importAudited = number(db, "SELECT count(*) FROM audit_event WHERE entity_type = 'Roadmap'"
					+ " AND action = 'IMPORT_ITEMS' AND entity_id = '" + roadmap + "'");
			assertThat(imported).as("killed before its commit, the import left nothing").isZero();
			assertThat(importedIndicators).isZero();
			assertThat(importAudited).isZero();
			assertThat(number(db, "SELECT count(*) FROM roadmap_import_upload WHERE token = '" + token + "'"))
				.as("the upload waits for another apply").isEqualTo(1);

			int accepted = 0;
			for (long[] report : reports) {
				String status = text(db, "SELECT status FROM period_report WHERE id = " + report[0]);
				long audited = number(db, "SELECT count(*) FROM audit_event WHERE entity_type = 'PeriodReport'"
						+ " AND action = 'ACCEPT' AND entity_id = '" + report[0] + "'");
				assertThat(status).isIn("ACCEPTED", "SUBMITTED");
				assertThat(audited).as("report %d is %s", report[0], status).isEqualTo(status.equals("ACCEPTED") ? 1 : 0);
				accepted += status.equals("ACCEPTED") ? 1 : 0;
			}
			assertThat(accepted).as("accepts sent: %d", acceptsSent.get()).isLessThanOrEqualTo(acceptsSent.get());
			System.out.printf("CrashRecoveryIT: killed while the import wrote and %d accept(s) had been sent; after the"
					+ " restart %d report(s) accepted, %d imported item(s)%n", acceptsSent.get(), accepted, imported);
			assertThat(text(db, "SELECT array_to_string(monthly_actual, ',', '-') FROM indicator_progress"
					+ " WHERE roadmap_item = " + item + " AND year = " + REPORT_YEAR))
				.as("the rollup row equals a recomputation from the accepted reports")
				.isEqualTo(text(db, RECOMPUTED.formatted(item, REPORT_YEAR)));
			assertThat(number(db, "SELECT count(*) FROM progress_version")).isEqualTo(1);
			assertThat(number(db, "SELECT version FROM progress_version WHERE id = 1"))
				.isGreaterThanOrEqualTo(versionBefore + (accepted > 0 ? 1 : 0));
		}

		// the app works on the same data: the killed import's upload is still there to be applied again
		HttpClient again = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		login(again, "secretary");
		assertThat(again.send(HttpRequest.newBuilder(uri("/staff/roadmaps/" + roadmap + "/import")).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
		assertThat(api("secretary", "GET", "/api/v1/reporting/reports/" + reports.get(0)[0], "", 200))
			.contains("\"id\":" + reports.get(0)[0]);
	}

	/** Per month, the latest accepted year-to-date value up to it ('-' before the first), as the ledger keeps it. */
	static final String RECOMPUTED = """
			SELECT string_agg(coalesce((SELECT v.actual::text FROM report_value v
			                             JOIN period_report r ON r.id = v.period_report
			                            WHERE r.roadmap_item = %1$d AND r.year = %2$d AND r.status = 'ACCEPTED'
			                              AND r.last_month <= m
			                            ORDER BY r.last_month DESC LIMIT 1), '-'), ',' ORDER BY m)
			  FROM generate_series(1, 12) AS m""";

	/** The import's transaction is writing items, indicators or targets (and has not committed). */
	private void awaitImportWriting(Connection db) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!importWriting(db)) {
			assertThat(System.nanoTime()).as("the import never started writing").isLessThan(deadline);
			Thread.sleep(5);
		}
	}

	private static boolean importWriting(Connection db) throws SQLException {
		return number(db, """
				SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
				 WHERE c.relname IN ('roadmap_item', 'indicator', 'indicator_target') AND l.mode = 'RowExclusiveLock'
				   AND l.pid <> pg_backend_pid()""") > 0;
	}

	/** The roadmap's own export with its rows replaced by many new items copied from its first row. */
	private byte[] bigImport(HttpClient browser, long roadmap) throws Exception {
		HttpResponse<byte[]> export = browser.send(HttpRequest.newBuilder(uri("/staff/roadmaps/" + roadmap
				+ "/export.xlsx")).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(export.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			int first = 2; // a title row and the header row come first
			Row template = sheet.getRow(first);
			List<Object> values = new ArrayList<>();
			for (int c = 0; c < template.getLastCellNum(); c++) {
				Cell cell = template.getCell(c);
				values.add(cell == null ? null : cell.getCellType() == CellType.NUMERIC ? (Object) cell
					.getNumericCellValue() : cell.getStringCellValue());
			}
			for (int r = sheet.getLastRowNum(); r >= first; r--) {
				if (sheet.getRow(r) != null) {
					sheet.removeRow(sheet.getRow(r));
				}
			}
			for (int i = 0; i < IMPORTED_ITEMS; i++) {
				Row row = sheet.createRow(first + i);
				for (int c = 0; c < values.size(); c++) {
					Object value = c == 0 ? String.valueOf(10001 + i) : values.get(c);
					if (value instanceof Double d) {
						row.createCell(c).setCellValue(d);
					}
					else if (value != null) {
						row.createCell(c).setCellValue((String) value);
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private String preview(HttpClient browser, long roadmap, byte[] xlsx) throws Exception {
		String csrf = csrf(browser, "/staff/roadmaps/" + roadmap + "/import");
		String boundary = "----kenes" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"reason\"\r\n\r\nАпат сынағы\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
				+ "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(xlsx);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/staff/roadmaps/" + roadmap + "/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"").matcher(page.body());
		assertThat(token.find()).as("a preview without errors: %s", page.body().length() > 4000
				? page.body().substring(0, 4000) : page.body()).isTrue();
		return token.group(1);
	}

	private void login(HttpClient browser, String username) throws Exception {
		String csrf = csrf(browser, "/login");
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=kenes-demo&_csrf="
					+ enc(csrf))).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staff"));
	}

	private String csrf(HttpClient browser, String page) throws Exception {
		String html = browser.send(HttpRequest.newBuilder(uri(page)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(csrf.find()).as(page).isTrue();
		return csrf.group(1);
	}

	/** An API call with HTTP Basic; checks the status unless {@code expected} is -1. */
	private String api(String user, String method, String path, String json, int expected) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":kenes-demo")
				.getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
			.method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
		if (expected != -1) {
			assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
		}
		return response.body();
	}

	private static long id(String json) {
		Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
		assertThat(m.find()).as(json).isTrue();
		return Long.parseLong(m.group(1));
	}

	private static int version(String json) {
		Matcher m = Pattern.compile("\"version\"\\s*:\\s*(\\d+)").matcher(json);
		assertThat(m.find()).as(json).isTrue();
		return Integer.parseInt(m.group(1));
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/postgres", "postgres", "");
	}

	private static long number(Connection db, String sql) throws SQLException {
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			assertThat(rs.next()).as(sql).isTrue();
			return rs.getLong(1);
		}
	}

	private static String text(Connection db, String sql) throws SQLException {
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			assertThat(rs.next()).as(sql).isTrue();
			return rs.getString(1);
		}
	}

	private URI uri(String path) {
		return app.uri(path);
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}

package kz.kenes.reporting;

import static kz.kenes.reporting.ReportingFixture.as;
import static kz.kenes.reporting.ReportingFixture.reporter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import kz.kenes.i18n.Language;
import kz.kenes.identity.KenesUser;
import kz.kenes.support.KenesTest;

/**
 * A report form edited or broken on the way (indicator keys that are not numbers, numbers no column holds) and two
 * executors opening the same report at the same moment through the page: a message in the user's language, never
 * a 500, nothing written.
 */
@KenesTest
class ReportingHostileFormsTest {

	static final int YEAR = 2024;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	MessageSource messages;

	@Autowired
	PlatformTransactionManager transactions;

	ReportingFixture f;
	KenesUser reporter;
	long item;
	long indicator;

	@BeforeEach
	void setUp() {
		f = new ReportingFixture(jdbc);
		reporter = reporter(f.deptA);
		item = f.item("7", f.directionYouth, f.task1, f.deptA, null);
		indicator = f.indicator(item, "EVENTS");
		f.target(indicator, YEAR, 12);
	}

	@AfterEach
	void removeFixture() {
		f.remove();
	}

	/** What a report form could have written: the report's row and version, its values, its audit rows. */
	private List<Object> state(long report) {
		return jdbc.sql("""
				SELECT r.version, r.narrative_kk, (SELECT count(*) FROM audit_event a WHERE a.entity_type = 'PeriodReport'
				         AND a.entity_id = r.id::text) AS audits
				  FROM period_report r WHERE r.id = ?""").param(report)
			.query((rs, n) -> List.<Object>of(rs.getInt(1), String.valueOf(rs.getString(2)), rs.getLong(3)))
			.single();
	}

	@Test
	void malformedValueKeysAndNumbersAreAMessageInTheUsersLanguageAndChangeNothing() throws Exception {
		PeriodReport draft = as(reporter, () -> workflow.open(item, ReportPeriod.month(YEAR, 3)));
		List<Object> before = state(draft.getId());
		String[][] forms = {
				{ "actual[12x]", "5", "error.form.malformed" },
				{ "actual[]", "5", "error.form.malformed" },
				{ "actual[99999999999999999999999]", "5", "error.form.malformed" },
				{ "actual[-1]", "5", "error.form.malformed" },
				{ "actual[" + indicator + "]", "1" + "0".repeat(5000), "reporting.error.report.valueRange" },
				{ "actual[" + indicator + "]", "12,5,3", "reporting.error.report.valueRange" },
		};
		for (String[] form : forms) {
			MvcResult result = mvc.perform(post("/staff/reporting/reports/{id}", draft.getId()).with(user(reporter))
				.with(csrf()).param("version", String.valueOf(draft.getVersion()))
				.param("narrativeKk", "Өзгертілген").param(form[0], form[1])).andReturn();
			assertThat(result.getResponse().getStatus()).as(form[0]).isEqualTo(302);
			String key = (String) result.getFlashMap().get("errorKey");
			assertThat(key).as(form[0]).isEqualTo(form[2]);
			// the report page it goes back to shows it, in the user's language (Kazakh); the flash attributes live
			// in the session, which Spring Session keeps in PostgreSQL under its cookie
			String page = mvc.perform(get(result.getResponse().getRedirectedUrl()).with(user(reporter))
				.cookie(result.getResponse().getCookies())).andReturn().getResponse()
				.getContentAsString();
			assertThat(HtmlUtils.htmlUnescape(page)).as(form[0])
				.contains(messages.getMessage(key, null, Language.KK.locale()));
		}
		assertThat(state(draft.getId())).isEqualTo(before);
		assertThat(messages.getMessage("error.form.malformed", null, Language.KK.locale()))
			.isNotEqualTo(messages.getMessage("error.form.malformed", null, Language.RU.locale()))
			.isNotEqualTo(messages.getMessage("error.form.malformed", null, Language.EN.locale()));
	}

	/**
	 * Deterministic race: another executor's transaction has inserted the same report and not committed yet, so this
	 * request's check sees nothing and its insert waits on the unique key; when the other commits, the database
	 * refuses it. The page answers 409 with the conflict message and a way back, not a 500.
	 */
	@Test
	void theSameReportOpenedAtTheSameMomentOnThePageIsAConflictMessageNotA500() throws Exception {
		CountDownLatch inserted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<?> other = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
				as(reporter, () -> workflow.open(item, ReportPeriod.quarter(YEAR, 1)));
				inserted.countDown();
				try {
					release.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}));
			assertThat(inserted.await(60, TimeUnit.SECONDS)).isTrue();
			String back = "/staff/reporting/items/" + item + "?year=" + YEAR;
			Future<MockHttpServletResponse> page = threads.submit(() -> mvc.perform(
					post("/staff/reporting/items/{id}/reports", item).with(user(reporter)).with(csrf())
						.header("Referer", "http://localhost" + back)
						.param("year", String.valueOf(YEAR)).param("firstMonth", "1").param("lastMonth", "3"))
				.andReturn().getResponse());
			awaitALockWaiter();
			release.countDown();
			other.get(60, TimeUnit.SECONDS);
			MockHttpServletResponse response = page.get(60, TimeUnit.SECONDS);

			assertThat(response.getStatus()).isEqualTo(409);
			String html = HtmlUtils.htmlUnescape(response.getContentAsString());
			assertThat(html).contains(messages.getMessage("error.conflict", null, Language.KK.locale()))
				.contains("href=\"" + back + "\"")
				.contains(messages.getMessage("error.back", null, Language.KK.locale()));
		}
		finally {
			release.countDown();
			threads.shutdownNow();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM period_report WHERE roadmap_item = ?").param(item)
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM audit_event WHERE entity_type = 'PeriodReport' AND action = 'CREATE'
				 AND entity_id IN (SELECT id::text FROM period_report WHERE roadmap_item = ?)""").param(item)
			.query(Integer.class).single()).isEqualTo(1);
	}

	private void awaitALockWaiter() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			int waiting = jdbc.sql("""
					SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'""")
				.query(Integer.class).single();
			if (waiting > 0) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("the page's insert never waited for the other transaction");
	}
}

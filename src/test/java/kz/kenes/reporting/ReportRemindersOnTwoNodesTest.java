package kz.kenes.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import kz.kenes.support.TwoNodes;

/**
 * Two app nodes on one PostgreSQL fire the morning reminder job at the same instant (as their cron triggers do):
 * ShedLock lets one of them run it, so every executor's reporters get one e-mail, not one per node.
 */
class ReportRemindersOnTwoNodesTest {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	@AutoClose
	static TwoNodes nodes;

	@BeforeAll
	static void startTwoNodes() throws Exception {
		nodes = new TwoNodes("--kenes.demo-data=false", "--spring.mail.host=localhost",
				"--spring.mail.port=" + ServerSetupTest.SMTP.getPort(), "--spring.mail.default-encoding=UTF-8");
	}

	@Test
	void bothNodesFireTheJobAtOnceAndEachReminderIsSentOnce() throws Exception {
		JdbcClient jdbc = JdbcClient.create(nodes.a().getBean(DataSource.class));
		ReportingFixture f = new ReportingFixture(jdbc);
		int lastYear = ActivityLog.today().getYear() - 1;
		List<String> emails = new ArrayList<>();
		for (long department : List.of(f.deptA, f.deptB)) {
			long item = f.item(department == f.deptA ? "1" : "2", f.directionYouth, f.task1, department, null);
			f.target(f.indicator(item, "EVENTS"), lastYear, 12);
			emails.add(reporter(jdbc, department, f.tag));
		}

		ReportReminders onA = nodes.a().getBean(ReportReminders.class);
		ReportReminders onB = nodes.b().getBean(ReportReminders.class);
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (ReportReminders node : List.of(onA, onB)) {
				runs.add(pool.submit(() -> {
					together.await(10, TimeUnit.SECONDS);
					node.daily();
					return null;
				}));
			}
			for (Future<?> run : runs) {
				run.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}

		List<String> recipients = new ArrayList<>();
		for (MimeMessage message : greenMail.getReceivedMessages()) {
			Arrays.stream(message.getAllRecipients()).map(Address::toString).forEach(recipients::add);
		}
		assertThat(recipients).as("one e-mail per executor's reporter, not one per node")
			.containsExactlyInAnyOrderElementsOf(emails);
		assertThat(jdbc.sql("SELECT count(*) FROM report_reminder WHERE executor_id IN (?, ?)")
			.params(f.deptA, f.deptB).query(Integer.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT locked_by FROM shedlock WHERE name = 'report-reminders'").query(String.class)
			.optional()).as("the job ran under its lock").isPresent();

		// a node whose trigger fires a little later the same morning finds the lock still held and sends nothing
		onB.daily();
		assertThat(greenMail.getReceivedMessages()).hasSize(2);
	}

	private static String reporter(JdbcClient jdbc, long department, String tag) {
		String name = "reporter-" + department + "-" + tag;
		long person = jdbc.sql("""
				INSERT INTO person (full_name_kk, full_name_ru, full_name_en, email) VALUES (?, ?, ?, ?)
				RETURNING id""").params(name, name, name, name + "@example.kz").query(Long.class).single();
		long user = jdbc.sql("""
				INSERT INTO app_user (username, password_hash, display_name, person_id) VALUES (?, 'x', ?, ?)
				RETURNING id""").params(name, name, person).query(Long.class).single();
		jdbc.sql("INSERT INTO user_role (app_user, role, org_unit_id) VALUES (?, 'REPORTER', ?)")
			.params(user, department).update();
		return name + "@example.kz";
	}
}

package kz.kenes.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import kz.kenes.support.KenesTest;
import org.springframework.transaction.annotation.Transactional;

/** Reminders of overdue monthly reports, sent over real SMTP to GreenMail. */
@KenesTest
@Transactional
class ReportRemindersTest {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportReminders reminders;

	@Test
	void remindsTheExecutorsReportersOfMissingMonthsOnceADay() throws Exception {
		ReportingFixture f = new ReportingFixture(jdbc);
		long item = f.item("7", f.directionYouth, f.task1, f.deptA, null);
		f.target(f.indicator(item, "EVENTS"), 2021, 12);
		String email = "reporter-" + f.tag + "@example.kz";
		long person = jdbc.sql("""
				INSERT INTO person (full_name_kk, full_name_ru, full_name_en, email) VALUES ('Есепші', 'Отчётник',
				'Reporter', ?) RETURNING id""").param(email).query(Long.class).single();
		long user = jdbc.sql("""
				INSERT INTO app_user (username, password_hash, display_name, person_id) VALUES (?, 'x', 'Есепші', ?)
				RETURNING id""").params("reporter-" + f.tag, person).query(Long.class).single();
		jdbc.sql("INSERT INTO user_role (app_user, role, org_unit_id) VALUES (?, 'REPORTER', ?)").params(user, f.deptA)
			.update();

		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(greenMail.getSmtp().getPort());
		sender.setDefaultEncoding("UTF-8");

		// 15 March 2021: January (due 10 February) and February (due 10 March) are overdue; March is not due yet.
		LocalDate today = LocalDate.of(2021, 3, 15);
		assertThat(reminders.send(sender, today)).isEqualTo(1);
		MimeMessage[] received = greenMail.getReceivedMessagesForDomain("example.kz");
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(email);
		assertThat(received[0].getSubject()).contains("2021");
		String text = (String) received[0].getContent();
		assertThat(text).contains("№ 7").contains("\n   қаңтар, ақпан / январь, февраль\n")
			.contains("келесі айдың 10-ына дейін").contains("2021 жылғы 15 наурызда");

		assertThat(reminders.send(sender, today)).isZero();
		assertThat(greenMail.getReceivedMessagesForDomain("example.kz")).hasSize(1);
	}
}

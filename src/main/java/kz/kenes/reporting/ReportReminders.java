package kz.kenes.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.OfficialDates;

/**
 * E-mails the reporters of each executor with overdue monthly reports (due the 10th of the next month), in
 * Kazakh and Russian, at most once a day per executor and month. Runs every morning when SMTP is configured
 * ({@code spring.mail.host}); without it, nothing is sent and the missing reports stay listed for the secretary.
 */
@Component
public class ReportReminders {

	private static final Logger log = LoggerFactory.getLogger(ReportReminders.class);

	private final ReportCompleteness completeness;
	private final JdbcClient jdbc;
	private final ObjectProvider<JavaMailSender> mail;
	private final String from;

	ReportReminders(ReportCompleteness completeness, JdbcClient jdbc, ObjectProvider<JavaMailSender> mail,
			@Value("${kenes.mail.from:kenes@localhost}") String from) {
		this.completeness = completeness;
		this.jdbc = jdbc;
		this.mail = mail;
		this.from = from;
	}

	/**
	 * Every node fires the trigger; the first to take the lock sends, and the lock is held at least 10 minutes so a
	 * node whose clock or start lags a little does not send the same day's reminders again.
	 */
	@Scheduled(cron = "${kenes.reporting.reminder-cron:0 0 9 * * *}", zone = "Asia/Almaty")
	@SchedulerLock(name = "report-reminders", lockAtLeastFor = "PT10M", lockAtMostFor = "PT1H")
	public void daily() {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender != null) {
			int sent = send(sender, ActivityLog.today());
			log.info("Report reminders: {} e-mail(s) sent", sent);
		}
	}

	/** Sends today's reminders for the current and the previous year through the sender; returns e-mails sent. */
	@Transactional
	public int send(JavaMailSender sender, LocalDate today) {
		int sent = 0;
		for (int year : List.of(today.getYear() - 1, today.getYear())) {
			Map<Long, List<ReportCompleteness.MissingReports>> byExecutor = completeness
				.missing(year, null, null, today).stream()
				.collect(Collectors.groupingBy(ReportCompleteness.MissingReports::executorId, LinkedHashMap::new,
						Collectors.toList()));
			for (var entry : byExecutor.entrySet()) {
				sent += remind(sender, entry.getKey(), year, entry.getValue(), today);
			}
		}
		return sent;
	}

	private int remind(JavaMailSender sender, long executorId, int year,
			List<ReportCompleteness.MissingReports> missing, LocalDate today) {
		int latestMonth = missing.stream().flatMap(m -> m.months().stream()).max(Integer::compare).orElseThrow();
		boolean already = jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM report_reminder
				 WHERE executor_id = ? AND year = ? AND month = ? AND sent_on = ?)""")
			.params(executorId, year, latestMonth, today).query(Boolean.class).single();
		List<String> recipients = jdbc.sql("""
				SELECT DISTINCT p.email FROM user_role r
				  JOIN app_user u ON u.id = r.app_user AND u.enabled
				  JOIN person p ON p.id = u.person_id
				 WHERE r.role = 'REPORTER' AND r.org_unit_id = ? AND p.email IS NOT NULL AND p.email <> ''
				 ORDER BY p.email""").param(executorId).query(String.class).list();
		if (already || recipients.isEmpty()) {
			return 0;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(recipients.toArray(String[]::new));
		message.setSubject("Kenes: " + year + " жылғы айлық есептер мерзімі өтті / Просрочены ежемесячные отчёты за "
				+ year + " год");
		StringBuilder body = new StringBuilder();
		body.append(missing.get(0).executorName().kk()).append(" / ").append(missing.get(0).executorName().ru())
			.append("\n\nКелесі іс-шаралар бойынша айлық есептер келесі айдың ").append(ReportPeriod.DUE_DAY)
			.append("-ына дейін тапсырылмады.\nПо следующим мероприятиям ежемесячные отчёты не сданы до ")
			.append(ReportPeriod.DUE_DAY).append(" числа следующего месяца.\n\n");
		for (var item : missing) {
			body.append("№ ").append(item.number()).append(" ").append(item.itemName().kk()).append("\n   ")
				.append(item.months().stream().map(m -> OfficialDates.kazakhMonth(m)).collect(Collectors.joining(", ")))
				.append(" / ")
				.append(item.months().stream().map(m -> java.time.Month.of(m)
					.getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, Language.RU.locale()))
					.collect(Collectors.joining(", ")))
				.append("\n");
		}
		body.append("\n").append(OfficialDates.kazakh(today)).append(" / ").append(OfficialDates.russian(today));
		message.setText(body.toString());
		try {
			sender.send(message);
		}
		catch (MailException e) {
			log.warn("Report reminder to executor {} not sent: {}", executorId, e.getMessage());
			return 0;
		}
		jdbc.sql("INSERT INTO report_reminder (executor_id, year, month, sent_on, recipients) VALUES (?, ?, ?, ?, ?)")
			.params(executorId, year, latestMonth, today, recipients.size()).update();
		return 1;
	}
}

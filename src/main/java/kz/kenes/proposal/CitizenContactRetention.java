package kz.kenes.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kz.kenes.identity.AuditTrail;

/**
 * Retention of citizens' contact details: once a citizen's proposal has been answered (accepted, rejected or
 * implemented) for longer than {@code kenes.retention.citizen-contacts} (ISO period, a year by default), the
 * proposer's name, e-mail and phone are erased; the text, the answer and the tracking code stay and the proposal is
 * marked anonymised. Each erasure is audited without the erased values. The portal's moderation queue
 * ({@code citizen_submission}) already drops them when a submission is forwarded or rejected.
 */
@Component
public class CitizenContactRetention {

	/** The audit trail's actor for what the job erases. */
	static final String ACTOR = "retention-job";

	private static final Logger log = LoggerFactory.getLogger(CitizenContactRetention.class);

	/** Rows per transaction, so a first run over years of proposals holds no long lock. */
	private static final int BATCH = 500;

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final TransactionTemplate transactions;
	private final Period keep;
	private final Clock clock;

	CitizenContactRetention(JdbcClient jdbc, AuditTrail audit, TransactionTemplate transactions,
			@Value("${kenes.retention.citizen-contacts:P1Y}") Period keep, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.transactions = transactions;
		this.keep = keep;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/** Nightly on one node (ShedLock): the lock outlasts the run so a lagging node does not repeat it. */
	@Scheduled(cron = "${kenes.retention.cron:0 30 3 * * *}", zone = "Asia/Almaty")
	@SchedulerLock(name = "citizen-contact-retention", lockAtLeastFor = "PT10M", lockAtMostFor = "PT2H")
	public void nightly() {
		int erased = eraseExpired(LocalDate.now(clock));
		log.info("Citizen contact retention ({}): {} proposal(s) anonymised", keep, erased);
	}

	/** Erases the contacts of citizens' proposals answered before {@code today} minus the retention period. */
	public int eraseExpired(LocalDate today) {
		LocalDate answeredBefore = today.minus(keep);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext job = SecurityContextHolder.createEmptyContext();
		job.setAuthentication(new UsernamePasswordAuthenticationToken(ACTOR, null, List.of()));
		SecurityContextHolder.setContext(job);
		try {
			int total = 0;
			int erased;
			do {
				erased = transactions.execute(tx -> eraseBatch(answeredBefore, today));
				total += erased;
			}
			while (erased == BATCH);
			return total;
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private int eraseBatch(LocalDate answeredBefore, LocalDate today) {
		// SKIP LOCKED: a proposal a secretary is saving right now is left for the next night; the version bump makes
		// a form opened before the erasure fail with error.conflict instead of writing the contacts back.
		List<Map<String, Object>> rows = jdbc.sql("""
				UPDATE proposal SET citizen_name = NULL, contact_email = NULL, contact_phone = NULL,
				       contact_telegram = NULL, contacts_erased_on = :today, version = version + 1
				 WHERE id IN (SELECT id FROM proposal
				               WHERE source IN ('CITIZEN', 'APPEAL') AND contacts_erased_on IS NULL
				                 AND (citizen_name IS NOT NULL OR contact_email IS NOT NULL OR contact_phone IS NOT NULL
				                      OR contact_telegram IS NOT NULL)
				                 AND status IN ('ACCEPTED', 'REJECTED', 'IMPLEMENTED') AND answered_on < :before
				               ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED)
				RETURNING id, region_id""")
			.param("today", today).param("before", answeredBefore).param("batch", BATCH)
			.query().listOfRows();
		for (Map<String, Object> row : rows) {
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("contactsErasedOn", today.toString());
			after.put("retention", keep.toString());
			audit.record("Proposal", row.get("id"), "ERASE_CONTACTS", null, after,
					row.get("region_id") == null ? null : ((Number) row.get("region_id")).longValue());
		}
		return rows.size();
	}
}

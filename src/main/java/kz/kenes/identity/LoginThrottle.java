package kz.kenes.identity;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing without letting anyone lock an account for its owner (ASVS 2.2.1): failed logins are
 * counted per account and client address pair, and per address across accounts. Past a number of failures the pair
 * (or the address) must wait a delay that doubles with each further failure, up to 15 minutes, before a password is
 * even checked; the same account from another address is not held back. Times are the database's, so every node
 * agrees.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	/** Failures of one account from one address before each further try waits. */
	static final int FREE_FAILURES_PER_PAIR = 5;
	/** Failures from one address, over all account names, within {@link #ADDRESS_WINDOW} before it waits. */
	static final int FREE_FAILURES_PER_ADDRESS = 30;
	static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
	/** The first delay, doubled with each failure past the free ones, and the longest. */
	static final Duration FIRST_DELAY = Duration.ofSeconds(1);
	static final Duration MAX_DELAY = Duration.ofMinutes(15);

	private final JdbcClient jdbc;
	private final Duration retention;

	LoginThrottle(JdbcClient jdbc, @Value("${kenes.login-throttle.retention:P1D}") Duration retention) {
		this.jdbc = jdbc;
		this.retention = retention;
	}

	/** Whether this account from this address must wait before its password is checked. */
	boolean isBlocked(String username, String address) {
		Failures pair = jdbc.sql("""
				SELECT count(*) AS failures, COALESCE(extract(epoch FROM now() - max(at)), 0) AS seconds_since
				  FROM login_attempt WHERE username = ? AND address = ? AND at > now() - make_interval(secs => ?)""")
			.params(username, address, retention.toSeconds())
			.query(Failures.class).single();
		Failures fromAddress = jdbc.sql("""
				SELECT count(*) AS failures, COALESCE(extract(epoch FROM now() - max(at)), 0) AS seconds_since
				  FROM login_attempt WHERE address = ? AND at > now() - make_interval(secs => ?)""")
			.params(address, ADDRESS_WINDOW.toSeconds())
			.query(Failures.class).single();
		return pair.mustWait(FREE_FAILURES_PER_PAIR) || fromAddress.mustWait(FREE_FAILURES_PER_ADDRESS);
	}

	@Transactional
	void recordFailure(String username, String address) {
		jdbc.sql("INSERT INTO login_attempt (username, address) VALUES (?, ?)")
			.params(truncated(username, 100), truncated(address, 64)).update();
	}

	/** A right password clears this pair's failures only: another address's guesses still count against it. */
	@Transactional
	void recordSuccess(String username, String address) {
		jdbc.sql("DELETE FROM login_attempt WHERE username = ? AND address = ?")
			.params(truncated(username, 100), truncated(address, 64)).update();
	}

	/** Forgets old failures, those for names no account has as well, on one node at a time. */
	@Scheduled(cron = "${kenes.login-throttle.purge-cron:0 15 * * * *}", zone = "Asia/Almaty")
	@SchedulerLock(name = "login-attempt-purge", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	public void purgeOld() {
		int purged = purge();
		if (purged > 0) {
			log.info("Login throttle: {} old failed login(s) forgotten", purged);
		}
	}

	@Transactional
	int purge() {
		return jdbc.sql("DELETE FROM login_attempt WHERE at < now() - make_interval(secs => ?)")
			.param(Math.max(retention.toSeconds(), ADDRESS_WINDOW.toSeconds()))
			.update();
	}

	private static String truncated(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

	record Failures(long failures, double secondsSince) {

		/** Past the free failures, the n-th further one makes the next try wait 2^(n-1) seconds, at most 15 min. */
		boolean mustWait(int free) {
			if (failures < free) {
				return false;
			}
			long doublings = Math.min(failures - free, 20);
			long delay = Math.min(FIRST_DELAY.toSeconds() << doublings, MAX_DELAY.toSeconds());
			return secondsSince < delay;
		}
	}
}

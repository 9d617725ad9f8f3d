package kz.kenes.identity;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Repeated failed logins lock an account, or a client address, for a while. */
@Component
class LoginThrottle {

	static final int MAX_FAILURES_PER_ACCOUNT = 5;
	static final int MAX_FAILURES_PER_ADDRESS = 30;
	static final Duration WINDOW = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	LoginThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean isBlocked(String username, String address) {
		return failures("username", username) >= MAX_FAILURES_PER_ACCOUNT
				|| failures("address", address) >= MAX_FAILURES_PER_ADDRESS;
	}

	@Transactional
	void recordFailure(String username, String address) {
		jdbc.sql("INSERT INTO login_attempt (username, address) VALUES (?, ?)").params(username, address).update();
	}

	@Transactional
	void recordSuccess(String username) {
		jdbc.sql("DELETE FROM login_attempt WHERE username = ?").param(username).update();
	}

	private int failures(String column, String value) {
		return jdbc.sql("SELECT count(*) FROM login_attempt WHERE " + column + " = ? AND at > now() - make_interval(secs => ?)")
			.params(value, WINDOW.toSeconds())
			.query(Integer.class)
			.single();
	}
}

package kz.kenes.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kz.kenes.support.KenesTest;

/** Nobody can lock another out: failed logins hold back the guessing address, not the account. */
@KenesTest
class LoginThrottleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LoginThrottle throttle;

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private String login(String username, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password)
			.with(csrf()).with(from(address)))
			.andReturn().getResponse().getRedirectedUrl();
	}

	/** Moves this pair's failures into the past, as if the client had waited. */
	private void waited(String username, String address, int seconds) {
		jdbc.sql("UPDATE login_attempt SET at = at - make_interval(secs => ?) WHERE username = ? AND address = ?")
			.params(seconds, username, address).update();
	}

	@Test
	void fiveWrongPasswordsFromOneAddressDoNotKeepTheOwnerOutFromAnother() throws Exception {
		for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_PAIR; i++) {
			assertThat(login("admin", "guess-" + i, "203.0.113.7")).isEqualTo("/login?error");
		}
		assertThat(login("admin", "kenes-demo", "203.0.113.7")).as("the guessing address waits")
			.isEqualTo("/login?throttled");
		assertThat(login("admin", "kenes-demo", "198.51.100.20")).as("the owner elsewhere").isEqualTo("/staff");
		// the owner's success clears only the owner's pair: the guesser still waits
		assertThat(login("admin", "guess-x", "203.0.113.7")).isEqualTo("/login?throttled");
	}

	@Test
	void theWaitDoublesWithEachFurtherFailureAndEnds() throws Exception {
		String address = "203.0.113.8";
		for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_PAIR; i++) {
			login("youth", "guess-" + i, address);
		}
		assertThat(login("youth", "kenes-demo", address)).isEqualTo("/login?throttled");
		waited("youth", address, 2);
		assertThat(login("youth", "guess-6", address)).as("after 1 s the password is checked again")
			.isEqualTo("/login?error");
		waited("youth", address, 1);
		assertThat(login("youth", "kenes-demo", address)).as("now 2 s").isEqualTo("/login?throttled");
		waited("youth", address, 2);
		assertThat(login("youth", "kenes-demo", address)).isEqualTo("/staff");
		assertThat(jdbc.sql("SELECT count(*) FROM login_attempt WHERE username = 'youth' AND address = ?")
			.param(address).query(Long.class).single()).as("a success clears the pair").isZero();
	}

	@Test
	void theWaitIsAtMostFifteenMinutes() throws Exception {
		String address = "203.0.113.9";
		for (int i = 0; i < 40; i++) {
			jdbc.sql("INSERT INTO login_attempt (username, address) VALUES ('member', ?)").param(address).update();
		}
		assertThat(login("member", "kenes-demo", address)).isEqualTo("/login?throttled");
		waited("member", address, 14 * 60);
		assertThat(login("member", "kenes-demo", address)).isEqualTo("/login?throttled");
		waited("member", address, 61);
		assertThat(login("member", "kenes-demo", address)).isEqualTo("/staff");
	}

	@Test
	void anAddressTryingManyAccountsIsSlowedForEveryAccountButOthersAreNot() throws Exception {
		String sprayer = "192.0.2.66";
		for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
			assertThat(login("nobody-" + i, "password", sprayer)).isEqualTo("/login?error");
		}
		assertThat(login("secretary", "kenes-demo", sprayer)).isEqualTo("/login?throttled");
		assertThat(login("secretary", "kenes-demo", "192.0.2.67")).isEqualTo("/staff");
	}

	@Test
	void thePurgeForgetsOldFailuresAlsoOfUnknownNames() {
		jdbc.sql("""
				INSERT INTO login_attempt (username, address, at) VALUES
				  ('no-such-user-purge', '192.0.2.90', now() - interval '2 days'),
				  ('admin', '192.0.2.90', now() - interval '3 days'),
				  ('no-such-user-purge', '192.0.2.91', now() - interval '1 minute')""").update();

		assertThat(throttle.purge()).isGreaterThanOrEqualTo(2);

		assertThat(jdbc.sql("SELECT address FROM login_attempt WHERE address IN ('192.0.2.90', '192.0.2.91')")
			.query(String.class).list()).containsExactly("192.0.2.91");
	}
}

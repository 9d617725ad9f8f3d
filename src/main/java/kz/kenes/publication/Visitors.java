package kz.kenes.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recognises a returning anonymous visitor within one day without a cookie and without keeping personal data:
 * SHA-256 of a random salt of the day and the client address (not the user agent: one address sending a new agent
 * with every request would count anew each time). The salt lives in the database (so every app node agrees) and is
 * deleted, with the day's view rows, once the day is over.
 */
@Component
class Visitors {

	/** Crawlers, link-preview fetchers of messengers and social networks, scripts. */
	private static final Pattern BOTS = Pattern.compile(
			"bot\\b|bot/|crawl|spider|slurp|facebookexternalhit|facebot|embedly|preview|whatsapp|telegram|"
					+ "yandex|bingpreview|mediapartners|lighthouse|pingdom|uptime|monitor|curl/|wget/|python-|"
					+ "java/|okhttp|go-http-client|httpclient|libwww|scrapy|feedfetcher|rss|atom",
			Pattern.CASE_INSENSITIVE);

	private final JdbcClient jdbc;
	private final SecureRandom random = new SecureRandom();
	private final Clock clock;

	Visitors(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	static boolean isBot(String userAgent) {
		return userAgent == null || userAgent.isBlank() || BOTS.matcher(userAgent).find();
	}

	/** A "day" of counting is a day in the application's time zone (the one Clock, Asia/Almaty). */
	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The visitor's hash for the day; the first call of a day creates its salt and forgets earlier days. */
	@Transactional
	byte[] hash(String address, LocalDate day) {
		byte[] salt = jdbc.sql("SELECT salt FROM view_salt WHERE day = ?").param(day).query(byte[].class).optional()
			.orElseGet(() -> newSalt(day));
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(salt);
			sha.update(address.getBytes(StandardCharsets.UTF_8));
			return sha.digest();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private byte[] newSalt(LocalDate day) {
		byte[] salt = new byte[32];
		random.nextBytes(salt);
		jdbc.sql("INSERT INTO view_salt (day, salt) VALUES (?, ?) ON CONFLICT (day) DO NOTHING").params(day, salt)
			.update();
		jdbc.sql("DELETE FROM view_salt WHERE day < ?").param(day).update();
		jdbc.sql("DELETE FROM news_view WHERE day < ?").param(day).update();
		jdbc.sql("DELETE FROM public_submission WHERE at < now() - interval '1 day'").update();
		return jdbc.sql("SELECT salt FROM view_salt WHERE day = ?").param(day).query(byte[].class).single();
	}
}

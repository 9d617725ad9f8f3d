package kz.kenes.platform;

import java.time.Duration;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A visitor asked for costly work faster than the set rate: 429 with Retry-After, in the API and on pages. */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
public class TooManyRequests extends RuleViolation {

	private final Duration retryAfter;

	public TooManyRequests(Duration retryAfter, String messageKey, Object... args) {
		super(messageKey, args);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}
}

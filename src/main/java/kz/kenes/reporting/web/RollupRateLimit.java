package kz.kenes.reporting.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import kz.kenes.platform.TooManyRequests;

/**
 * How many rollups an anonymous visitor may have computed afresh per minute, per address (on each node). Rollups
 * served from the cache are not counted, so ordinary visitors never meet the limit; a crawler walking every filter
 * combination of the national data does, with 429 and Retry-After. Logged-in staff are not limited.
 */
@Component
class RollupRateLimit {

	private record Window(long minute, AtomicInteger used) {
	}

	private final int perMinute;
	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	RollupRateLimit(@Value("${kenes.rollups.anonymous-computations-per-minute:30}") int perMinute) {
		this.perMinute = perMinute;
	}

	/** What to run before computing a rollup for this request. */
	Runnable beforeComputing(HttpServletRequest request) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)) {
			return () -> {
			};
		}
		String address = request.getRemoteAddr();
		return () -> spend(address);
	}

	private void spend(String address) {
		long now = System.currentTimeMillis();
		long minute = now / 60_000;
		Window window = windows.compute(address,
				(a, old) -> old == null || old.minute() != minute ? new Window(minute, new AtomicInteger()) : old);
		if (window.used().incrementAndGet() > perMinute) {
			long seconds = 60 - (now / 1000) % 60;
			throw new TooManyRequests(Duration.ofSeconds(seconds), "reporting.error.rollups.rateLimited", seconds);
		}
		if (windows.size() > 100_000) {
			windows.values().removeIf(w -> w.minute() < minute);
		}
	}
}

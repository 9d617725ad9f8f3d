package kz.kenes.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, in the party's time zone ({@code kenes.time-zone}, Asia/Almaty: Kazakhstan
 * keeps one zone, UTC+5, since March 2024) whatever the server's own zone is, so that every module takes "today" and
 * "now" from it and agrees on the day, also between 19:00 and 24:00 UTC.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock(@Value("${kenes.time-zone:Asia/Almaty}") ZoneId zone) {
		return Clock.system(zone);
	}
}

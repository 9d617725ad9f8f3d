package kz.kenes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

import kz.kenes.support.KenesTest;

/**
 * One clock in Asia/Almaty for every module: five classes used to fall back to the server's zone or UTC while
 * reporting counted days in Almaty, so on a UTC server "today" differed between modules from 19:00 to 24:00 UTC.
 */
@KenesTest
class OneClockTest {

	private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	@Test
	void theApplicationsClockCountsDaysInAlmaty() {
		assertThat(clock.getZone()).isEqualTo(ALMATY);
	}

	/** Each class that takes "today" or "now" holds that very clock, not a fallback of its own. */
	@Test
	void everyModuleTakesTheDayFromTheOneClock() {
		for (String bean : new String[] { "meetingWorkflow", "decisionWorkflow", "controlWorkflow",
				"citizenContactRetention", "proposalWorkflow", "visitors", "figureChallenges" }) {
			Object target = AopTestUtils.getUltimateTargetObject(context.getBean(bean));
			assertThat(ReflectionTestUtils.getField(target, "clock")).as(bean).isSameAs(clock);
		}
	}

	/** At 23:30 and at 00:30 in Almaty, a clock like the application's says the Almaty day, whatever UTC says. */
	@Test
	void halfPastElevenAndHalfPastMidnightInAlmatyAreAlmatysDays() {
		Instant lateEvening = LocalDateTime.of(2026, 12, 31, 23, 30).atZone(ALMATY).toInstant();
		Instant afterMidnight = LocalDateTime.of(2027, 1, 1, 0, 30).atZone(ALMATY).toInstant();
		assertThat(LocalDate.ofInstant(afterMidnight, ZoneOffset.UTC)).as("UTC is still in the old year")
			.isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(LocalDate.now(Clock.fixed(lateEvening, clock.getZone()))).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(LocalDate.now(Clock.fixed(afterMidnight, clock.getZone()))).isEqualTo(LocalDate.of(2027, 1, 1));
		// reporting's day (ActivityLog) is Almaty's day as well
		assertThat(kz.kenes.reporting.ActivityLog.ZONE).isEqualTo(clock.getZone());
	}
}

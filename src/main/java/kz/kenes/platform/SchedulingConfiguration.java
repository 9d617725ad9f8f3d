package kz.kenes.platform;

import java.util.List;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Scheduled jobs run on every app node, but each run of a job marked {@code @SchedulerLock} happens on one node only:
 * the lock is a row in the {@code shedlock} table of the shared PostgreSQL, timed by the database's clock (so the
 * nodes' clocks need not agree). The lock applies whenever the job method is called, so tests can race two nodes.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
public class SchedulingConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	/**
	 * The cron triggers themselves; off with {@code kenes.scheduling=false}, which leaves the jobs' tasks unscheduled.
	 * Read when the application starts, not by a condition: the packaged jar's set of beans is fixed at build time
	 * (Spring AOT).
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	static class Triggers implements SchedulingConfigurer {

		private final boolean enabled;

		Triggers(@Value("${kenes.scheduling:true}") boolean enabled) {
			this.enabled = enabled;
		}

		@Override
		public void configureTasks(ScheduledTaskRegistrar registrar) {
			if (!enabled) {
				registrar.setCronTasksList(List.of());
				registrar.setTriggerTasksList(List.of());
				registrar.setFixedRateTasksList(List.of());
				registrar.setFixedDelayTasksList(List.of());
			}
		}
	}
}

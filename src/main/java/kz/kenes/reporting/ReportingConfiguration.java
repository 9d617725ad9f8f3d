package kz.kenes.reporting;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs (report reminders); off with {@code kenes.scheduling=false}, as in tests. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "kenes.scheduling", matchIfMissing = true)
class ReportingConfiguration {
}

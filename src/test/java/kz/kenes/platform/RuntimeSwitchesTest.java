package kz.kenes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The switches production sets at run time (mail host, scheduling, demo data) decide in the beans themselves, with
 * no condition on their definitions: in the packaged jar Spring AOT has fixed the definitions at build time.
 */
class RuntimeSwitchesTest {

	final ApplicationContextRunner context = new ApplicationContextRunner();

	@Test
	void noMailSenderWithoutAHostAndOneForTheConfiguredServerWithIt() {
		context.withUserConfiguration(MailConfiguration.class).run(noHost -> {
			assertThat(noHost.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNull();
		});
		context.withUserConfiguration(MailConfiguration.class)
			.withPropertyValues("spring.mail.host=smtp.example.kz", "spring.mail.port=2525",
					"spring.mail.username=kenes", "spring.mail.properties.mail.smtp.starttls.enable=true")
			.run(withHost -> {
				JavaMailSenderImpl sender = (JavaMailSenderImpl) withHost.getBean(JavaMailSender.class);
				assertThat(sender.getHost()).isEqualTo("smtp.example.kz");
				assertThat(sender.getPort()).isEqualTo(2525);
				assertThat(sender.getUsername()).isEqualTo("kenes");
				assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.starttls.enable", "true");
			});
	}

	@Test
	void schedulingOffLeavesTheJobsUnscheduled() {
		context.withUserConfiguration(SchedulingConfiguration.Triggers.class, Jobs.class).run(on -> {
			Jobs jobs = on.getBean(Jobs.class);
			long deadline = System.nanoTime() + 5_000_000_000L;
			while (jobs.runs.get() < 3 && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			assertThat(jobs.runs).hasValueGreaterThanOrEqualTo(3);
		});
		context.withUserConfiguration(SchedulingConfiguration.Triggers.class, Jobs.class)
			.withPropertyValues("kenes.scheduling=false")
			.run(off -> {
				Thread.sleep(1200); // past the cron job's next second and many fixed-rate periods
				assertThat(off.getBean(Jobs.class).runs).hasValue(0);
			});
	}

	@Test
	void demoDataLoadsInModuleOrderOnlyWhenSwitchedOn() {
		context.withUserConfiguration(DemoDataRunner.class, Loaders.class).run(on -> {
			on.getBean(DemoDataRunner.class).run(null);
			assertThat(on.getBean(Loaders.class).order).hasToString("12");
		});
		context.withUserConfiguration(DemoDataRunner.class, Loaders.class).withPropertyValues("kenes.demo-data=false")
			.run(off -> {
				off.getBean(DemoDataRunner.class).run(null);
				assertThat(off.getBean(Loaders.class).order).isEmpty();
			});
	}

	static class Jobs {

		final AtomicInteger runs = new AtomicInteger();

		@Scheduled(cron = "* * * * * *")
		void everySecond() {
			runs.incrementAndGet();
		}

		@Scheduled(fixedRate = 20)
		void often() {
			runs.incrementAndGet();
		}
	}

	static class Loaders {

		final StringBuilder order = new StringBuilder();

		@Bean
		@Order(DemoDataOrder.ROADMAP)
		DemoDataLoader second() {
			return () -> order.append('2');
		}

		@Bean
		@Order(DemoDataOrder.ORGANIZATION)
		DemoDataLoader first() {
			return () -> order.append('1');
		}
	}
}

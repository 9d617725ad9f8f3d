package kz.kenes.platform;

import java.util.Properties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * The SMTP sender for e-mail reminders, from the usual {@code spring.mail.*} properties; none (a null bean, so
 * {@code ObjectProvider.getIfAvailable()} gives null) while {@code spring.mail.host} is not set. Spring Boot's own
 * mail auto-configuration decides that by a condition on the property, which the packaged jar would fix at build
 * time (Spring AOT); production sets the host by an environment variable, so it is read here, when the sender is
 * made. Spring Boot's then stands back, as it does for any application-defined {@link JavaMailSender}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

	@Bean
	JavaMailSender mailSender(MailProperties properties) {
		if (!StringUtils.hasText(properties.getHost())) {
			return null;
		}
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(properties.getHost());
		if (properties.getPort() != null) {
			sender.setPort(properties.getPort());
		}
		sender.setUsername(properties.getUsername());
		sender.setPassword(properties.getPassword());
		sender.setProtocol(properties.getProtocol());
		if (properties.getDefaultEncoding() != null) {
			sender.setDefaultEncoding(properties.getDefaultEncoding().name());
		}
		Properties javaMail = new Properties();
		javaMail.putAll(properties.getProperties());
		if (properties.getSsl().isEnabled()) {
			javaMail.setProperty("mail." + properties.getProtocol() + ".ssl.enable", "true");
		}
		sender.setJavaMailProperties(javaMail);
		return sender;
	}
}

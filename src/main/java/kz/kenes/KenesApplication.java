package kz.kenes;

import java.net.URL;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.util.ClassUtils;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KenesApplication {

	static final String AOT_ENABLED = "spring.aot.enabled";

	public static void main(String[] args) {
		if (System.getProperty(AOT_ENABLED) == null && runsFromBuiltJar()) {
			System.setProperty(AOT_ENABLED, "true");
		}
		SpringApplication.run(KenesApplication.class, args);
	}

	/**
	 * Whether this is the packaged jar with the bean definitions Spring AOT generated at build time
	 * ({@code process-aot}): it then starts on them rather than working them out again (on 2 cores about a second of
	 * a cold start). Classes in a folder ({@code spring-boot:run}, the tests) may be newer than any generated code,
	 * so they start as usual. {@code -Dspring.aot.enabled=false} starts the jar the usual way too.
	 */
	static boolean runsFromBuiltJar() {
		URL location = KenesApplication.class.getProtectionDomain().getCodeSource().getLocation();
		boolean inFolder = "file".equals(location.getProtocol()) && location.getPath().endsWith("/");
		return !inFolder && ClassUtils.isPresent(KenesApplication.class.getName() + "__ApplicationContextInitializer",
						KenesApplication.class.getClassLoader());
	}
}

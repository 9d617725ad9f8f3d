package kz.kenes.platform;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link DemoDataLoader}s when {@code kenes.demo-data} is on. The switch is read here when the application
 * starts, not by a condition on the loaders' beans: the packaged jar's set of beans is fixed at build time (Spring
 * AOT), and production turns demo data off by an environment variable.
 */
@Component
class DemoDataRunner implements ApplicationRunner {

	private final ObjectProvider<DemoDataLoader> loaders;
	private final boolean enabled;

	DemoDataRunner(ObjectProvider<DemoDataLoader> loaders, @Value("${kenes.demo-data:true}") boolean enabled) {
		this.loaders = loaders;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (enabled) {
			loaders.orderedStream().forEach(DemoDataLoader::loadDemoData);
		}
	}
}

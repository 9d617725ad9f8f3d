package kz.kenes.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kz.kenes.KenesApplication;

/**
 * Two app nodes on one fresh embedded PostgreSQL, as behind a load balancer: each a whole Kenes on its own port,
 * with its own caches and scheduler. Closing stops both nodes, then the database.
 */
public final class TwoNodes implements AutoCloseable {

	private final EmbeddedPostgres postgres;
	private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	/** Starts them, each with these arguments besides its database and a free port. */
	public TwoNodes(String... arguments) throws IOException {
		postgres = EmbeddedPostgres.builder().start();
		try {
			nodes.add(node(arguments));
			nodes.add(node(arguments));
		}
		catch (RuntimeException e) {
			close();
			throw e;
		}
	}

	private ConfigurableApplicationContext node(String... arguments) {
		List<String> args = new ArrayList<>(List.of("--server.port=0",
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.jmx.enabled=false"));
		args.addAll(List.of(arguments));
		return new SpringApplicationBuilder(KenesApplication.class).run(args.toArray(String[]::new));
	}

	public ConfigurableApplicationContext a() {
		return nodes.get(0);
	}

	public ConfigurableApplicationContext b() {
		return nodes.get(1);
	}

	/** The node's address, such as {@code http://localhost:41234}. */
	public static String base(ConfigurableApplicationContext node) {
		return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	@Override
	public void close() throws IOException {
		for (int i = nodes.size() - 1; i >= 0; i--) {
			nodes.get(i).close();
		}
		nodes.clear();
		postgres.close();
	}
}

package kz.kenes.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Many clients at once: every task waits at one gate, then all run together, each on its own thread (so each
 * request has its own transaction and database connection). Returns the responses in task order.
 */
public final class Race {

	private Race() {
	}

	public static <T> List<T> run(int clients, IntFunction<Callable<T>> client) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		CountDownLatch gate = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				Callable<T> task = client.apply(i);
				futures.add(pool.submit(() -> {
					gate.await();
					return task.call();
				}));
			}
			gate.countDown();
			List<T> responses = new ArrayList<>();
			for (Future<T> future : futures) {
				responses.add(future.get(120, TimeUnit.SECONDS));
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Every response is a success or a 409 conflict problem (never a 500 or anything else); returns successes. */
	public static long successesOrConflicts(List<MockHttpServletResponse> responses) throws Exception {
		long ok = 0;
		for (MockHttpServletResponse response : responses) {
			int status = response.getStatus();
			if (status >= 200 && status < 300) {
				ok++;
			}
			else {
				assertThat(status).as(response.getContentAsString()).isEqualTo(409);
				assertThat(response.getContentType()).startsWith("application/problem+json");
			}
		}
		return ok;
	}
}

package kz.kenes.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SingleFlightTest {

	private final SingleFlight<String, String> flights = new SingleFlight<>();
	private final ExecutorService pool = Executors.newFixedThreadPool(16);
	private final AtomicInteger computations = new AtomicInteger();
	private final CountDownLatch release = new CountDownLatch(1);

	@AfterEach
	void stop() {
		release.countDown();
		pool.shutdownNow();
	}

	@Test
	void callersOfTheSameVersionWaitForOneComputation() throws Exception {
		Future<String> first = pool.submit(() -> flights.get("page", 7, () -> blockedComputation("rendered")));
		awaitComputations(1);
		List<Future<String>> others = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			long olderOrSame = 6 + i % 2;
			others.add(pool.submit(() -> flights.get("page", olderOrSame, () -> blockedComputation("again"))));
		}
		Thread.sleep(200); // let them all arrive and wait
		assertThat(computations).hasValue(1);
		release.countDown();

		assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("rendered");
		for (Future<String> other : others) {
			assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo("rendered");
		}
		assertThat(computations).hasValue(1);
		assertThat(flights.running()).isZero();
	}

	@Test
	void aNewerVersionDoesNotWaitForAnOlderComputation() throws Exception {
		Future<String> older = pool.submit(() -> flights.get("page", 7, () -> blockedComputation("v7")));
		awaitComputations(1);

		assertThat(flights.get("page", 8, () -> "v8")).isEqualTo("v8");
		release.countDown();
		assertThat(older.get(5, TimeUnit.SECONDS)).isEqualTo("v7");
	}

	@Test
	void otherKeysAreComputedAtTheSameTime() throws Exception {
		pool.submit(() -> flights.get("page", 7, () -> blockedComputation("a")));
		awaitComputations(1);

		assertThat(flights.get("other page", 7, () -> "b")).isEqualTo("b");
	}

	@Test
	void whenTheComputationFailsOrHasNothingToShareTheWaitersComputeTheirOwn() throws Exception {
		Future<String> failing = pool.submit(() -> flights.get("page", 7, () -> {
			blockedComputation("unused");
			throw new IOException("client went away");
		}));
		awaitComputations(1);
		Future<String> waiter = pool.submit(() -> flights.get("page", 7, () -> "own"));
		Thread.sleep(100);
		release.countDown();

		assertThatThrownBy(failing::get).hasCauseInstanceOf(IOException.class);
		assertThat(waiter.get(5, TimeUnit.SECONDS)).isEqualTo("own");

		assertThat(flights.get("empty", 1, () -> null)).isNull();
		assertThat(flights.get("empty", 1, () -> "computed")).isEqualTo("computed");
		assertThat(flights.running()).isZero();
	}

	@Test
	void aComputationAskingForItsOwnKeyComputesInsteadOfWaitingForItself() throws Exception {
		String value = pool.submit(() -> flights.get("page", 7, () -> "outer+" + flights.get("page", 7, () -> "inner")))
			.get(5, TimeUnit.SECONDS);

		assertThat(value).isEqualTo("outer+inner");
	}

	private String blockedComputation(String value) throws InterruptedException {
		computations.incrementAndGet();
		release.await();
		return value;
	}

	private void awaitComputations(int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (computations.get() < count && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertThat(computations).hasValue(count);
	}
}

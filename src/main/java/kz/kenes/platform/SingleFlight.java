package kz.kenes.platform;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One computation at a time per key, shared by everyone who asks for it meanwhile: while a caller computes a key's
 * value as of a data version, callers that want that key as of the same or an older version wait for its result
 * instead of computing it again (sixteen visitors of a page that has just gone stale cost one rendering, not
 * sixteen). A caller waits for at most the one computation that was running when it came: there is no lock to queue
 * on, so no one starves while versions move several times a second. A newer version starts its own computation.
 *
 * @param <K> what is computed
 * @param <V> its value; {@code null} from a computation means "nothing to share" and the callers who waited for it
 *     compute their own, as they also do when it failed
 */
public final class SingleFlight<K, V> {

	/** A computation that may throw a checked exception (a page rendering throws IOException/ServletException). */
	@FunctionalInterface
	public interface Computation<V, E extends Exception> {

		V compute() throws E;
	}

	private record Flight<V>(long version, Thread computer, CompletableFuture<V> result) {
	}

	private final Map<K, Flight<V>> flights = new ConcurrentHashMap<>();

	/** The value of {@code key} as of {@code version} or newer: a running computation's, or else {@code compute}'s. */
	public <E extends Exception> V get(K key, long version, Computation<V, E> compute) throws E {
		Flight<V> mine = new Flight<>(version, Thread.currentThread(), new CompletableFuture<>());
		Flight<V> flight = flights.compute(key,
				(k, running) -> running != null && running.version() >= version ? running : mine);
		if (flight != mine) {
			// the computing thread asking again for its own key (a nested call) must not wait for itself
			V shared = flight.computer() == Thread.currentThread() ? null : flight.result().join();
			return shared != null ? shared : compute.compute();
		}
		V value = null;
		try {
			value = compute.compute();
			return value;
		}
		finally {
			flights.remove(key, mine);
			mine.result().complete(value);
		}
	}

	/** Computations running now (for tests). */
	int running() {
		return flights.size();
	}
}

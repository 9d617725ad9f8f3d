package kz.kenes.reporting;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rollups computed once and served until a figure changes. Freshness is checked on every read against
 * {@code progress_version} (V3_90), which moves at the commit of any change of {@code indicator_progress}
 * or of the names rollups show: an accepted report is in the next rollup on every node, with no batch delay.
 * A key is computed by one thread at a time; a reader never gets a result older than the version it saw.
 */
@Component
class RollupCache {

	/** More distinct filters than this (a crawl over every drill-down) starts the cache afresh. */
	static final int MAX_ENTRIES = 5_000;

	private record Entry(long version, Object value) {
	}

	private final JdbcClient jdbc;
	private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
	private final Map<Object, Object> locks = new ConcurrentHashMap<>();

	RollupCache(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@SuppressWarnings("unchecked")
	<T> T get(Object key, Supplier<T> compute) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			// Inside a writing transaction the result may show uncommitted rows: never share it.
			return compute.get();
		}
		long version = currentVersion();
		Entry entry = entries.get(key);
		if (entry != null && entry.version() == version) {
			return (T) entry.value();
		}
		synchronized (locks.computeIfAbsent(key, k -> new Object())) {
			entry = entries.get(key);
			if (entry != null && entry.version() == version) {
				return (T) entry.value();
			}
			T value = compute.get();
			if (entries.size() >= MAX_ENTRIES) {
				entries.clear();
				locks.clear();
			}
			entries.put(key, new Entry(version, value));
			return value;
		}
	}

	long currentVersion() {
		return jdbc.sql("SELECT version FROM progress_version WHERE id = 1").query(Long.class).single();
	}
}

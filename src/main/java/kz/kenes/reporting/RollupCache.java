package kz.kenes.reporting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import kz.kenes.platform.SingleFlight;

/**
 * Rollups computed once and served until a figure changes. Freshness is checked on every read against
 * {@code progress_version} (V3_90) and the per-region versions (V3_91), which move at the commit of any change of
 * {@code indicator_progress} or of the names rollups show: an accepted report is in the next rollup on every node,
 * with no batch delay. A key is computed by one thread at a time; a reader never gets a result older than the
 * version it saw.
 */
@Component
class RollupCache {

	/** More distinct keys than this (a crawl over every drill-down) starts the cache afresh. */
	static final int MAX_ENTRIES = 20_000;

	/** The global version (any change) and each region's (changes of that region's progress rows). */
	record Versions(long global, Map<Long, Long> regions) {
	}

	private record Entry(long version, Object value) {
	}

	private final JdbcClient jdbc;
	private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
	private final SingleFlight<Object, Object> computations = new SingleFlight<>();

	RollupCache(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** False inside a writing transaction: what it sees may be uncommitted, so it must never be shared. */
	static boolean shareable() {
		return !TransactionSynchronizationManager.isActualTransactionActive()
				|| TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

	/** The value of {@code key} as of the global version. */
	<T> T get(Object key, Supplier<T> compute) {
		return shareable() ? get(key, currentVersion(), compute) : compute.get();
	}

	/**
	 * The value of {@code key} as of {@code version} (read by the caller before computing anything) or newer.
	 * Readers that miss the same key at once share one computation ({@link SingleFlight}).
	 */
	@SuppressWarnings("unchecked")
	<T> T get(Object key, long version, Supplier<T> compute) {
		if (!shareable()) {
			return compute.get();
		}
		Entry entry = entries.get(key);
		if (entry != null && entry.version() >= version) {
			return (T) entry.value();
		}
		return (T) computations.get(key, version, () -> {
			T value = compute.get();
			if (entries.size() >= MAX_ENTRIES) {
				entries.clear();
			}
			entries.merge(key, new Entry(version, value), (old, computed) -> old.version() > version ? old : computed);
			return value;
		});
	}

	long currentVersion() {
		return jdbc.sql("SELECT version FROM progress_version WHERE id = 1").query(Long.class).single();
	}

	/** Both kinds of version in one round trip (about 20 rows). */
	Versions versions() {
		long[] global = new long[1];
		Map<Long, Long> regions = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT v.version, r.region_id, r.version AS region_version
				  FROM progress_version v LEFT JOIN progress_region_version r ON TRUE
				 WHERE v.id = 1 ORDER BY r.region_id""").query(rs -> {
			global[0] = rs.getLong("version");
			long region = rs.getLong("region_id");
			if (!rs.wasNull()) {
				regions.put(region, rs.getLong("region_version"));
			}
		});
		return new Versions(global[0], regions);
	}
}

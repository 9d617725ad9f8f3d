package kz.kenes.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import kz.kenes.support.KenesTest;

@KenesTest
class RollupCacheTest {

	@Autowired
	RollupCache cache;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void computesOnceUntilAFigureChangesThenAtOnce() {
		AtomicInteger computed = new AtomicInteger();
		Object key = "test-key-" + System.nanoTime();
		assertThat(cache.get(key, computed::incrementAndGet)).isEqualTo(1);
		assertThat(cache.get(key, computed::incrementAndGet)).as("served from the cache").isEqualTo(1);

		touchProgress();

		assertThat(cache.get(key, computed::incrementAndGet)).as("recomputed after the change").isEqualTo(2);
		assertThat(computed).hasValue(2);
	}

	@Test
	void readersWhoMissAtOnceShareOneComputationAndANewerEntryServesAnOlderReader() throws Exception {
		AtomicInteger computed = new AtomicInteger();
		Object key = "test-key-" + System.nanoTime();
		long version = cache.currentVersion();
		ExecutorService readers = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(readers.submit(() -> cache.get(key, version, () -> {
					sleep(300); // a national rollup takes a while: the others arrive meanwhile
					return computed.incrementAndGet();
				})));
			}
			for (Future<Integer> answer : answers) {
				assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(1);
			}
		}
		finally {
			readers.shutdownNow();
		}
		assertThat(computed).hasValue(1);

		assertThat(cache.get(key, version + 1, computed::incrementAndGet)).isEqualTo(2);
		assertThat(cache.get(key, version, computed::incrementAndGet)).as("the newer value serves an older reader")
			.isEqualTo(2);
		assertThat(computed).hasValue(2);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void aWritingTransactionNeverSharesWhatItSees() {
		AtomicInteger computed = new AtomicInteger();
		Object key = "test-key-" + System.nanoTime();
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("UPDATE indicator_progress SET actual = actual + 1000").update();
			cache.get(key, computed::incrementAndGet);
			tx.setRollbackOnly();
		});
		assertThat(cache.get(key, computed::incrementAndGet)).as("computed afresh outside").isEqualTo(2);
	}

	@Test
	void theVersionMovesAtCommitOnceAndNotForARolledBackChange() {
		long before = cache.currentVersion();
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("UPDATE indicator_progress SET updated_at = now()").update();
			jdbc.sql("UPDATE indicator_progress SET updated_at = now()").update();
			assertThat(cache.currentVersion()).as("not before commit").isEqualTo(before);
		});
		assertThat(cache.currentVersion()).as("once per transaction").isEqualTo(before + 1);

		transactions.executeWithoutResult(tx -> {
			jdbc.sql("UPDATE indicator_progress SET updated_at = now()").update();
			tx.setRollbackOnly();
		});
		assertThat(cache.currentVersion()).isEqualTo(before + 1);
	}

	@Test
	void aChangeMovesItsOwnRegionsVersionOnly() {
		long indicator = jdbc.sql("SELECT min(indicator) FROM indicator_progress").query(Long.class).single();
		long region = jdbc.sql("SELECT region_id FROM indicator_progress WHERE indicator = ? LIMIT 1")
			.params(indicator).query(Long.class).single();
		RollupCache.Versions before = cache.versions();
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("UPDATE indicator_progress SET updated_at = now() WHERE indicator = ?").params(indicator).update();
			jdbc.sql("UPDATE indicator_progress SET updated_at = now() WHERE indicator = ?").params(indicator).update();
		});
		RollupCache.Versions after = cache.versions();
		assertThat(after.global()).isEqualTo(before.global() + 1);
		assertThat(after.regions().get(region)).as("once per transaction").isEqualTo(before.regions().get(region) + 1);
		before.regions().forEach((other, version) -> {
			if (other != region) {
				assertThat(after.regions().get(other)).as("region %d", other).isEqualTo(version);
			}
		});
	}

	@Test
	void renamingADirectionMovesTheVersionToo() {
		long before = cache.currentVersion();
		transactions.executeWithoutResult(tx -> jdbc.sql("UPDATE direction SET name_en = name_en").update());
		assertThat(cache.currentVersion()).isGreaterThan(before);
	}

	private void touchProgress() {
		transactions.executeWithoutResult(tx -> jdbc.sql(
				"UPDATE indicator_progress SET updated_at = now() WHERE indicator = (SELECT min(indicator) FROM indicator_progress)")
			.update());
	}
}

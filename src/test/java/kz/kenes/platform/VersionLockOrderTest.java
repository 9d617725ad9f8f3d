package kz.kenes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kz.kenes.support.KenesTest;

/**
 * The version bumps at commit take the shared progress_version row before any other version row (V5_91), so writers
 * whose changes queue the bumps in different orders (an item edit: progress first; an accepted report: public
 * content first) cannot deadlock at commit. Shown on a change that bumps only the public content version: while
 * another transaction holds progress_version, its commit waits for it.
 */
@KenesTest
class VersionLockOrderTest {

	@Autowired
	DataSource dataSource;

	@Test
	void aPublicContentBumpWaitsForTheProgressVersionRowFirst() throws Exception {
		try (Connection holder = dataSource.getConnection(); Connection writer = dataSource.getConnection()) {
			holder.setAutoCommit(false);
			holder.createStatement().execute("SELECT 1 FROM progress_version WHERE id = 1 FOR UPDATE");
			writer.setAutoCommit(false);
			writer.createStatement().execute("UPDATE news_item SET title_kk = title_kk WHERE id = (SELECT min(id) FROM news_item)");
			CompletableFuture<Void> commit = CompletableFuture.runAsync(() -> {
				try {
					writer.commit();
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
			Thread.sleep(500);
			assertThat(commit).as("the commit waits for progress_version").isNotDone();
			holder.commit();
			commit.get(10, TimeUnit.SECONDS);
		}
	}
}

package kz.kenes.platform.web;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The version of public content ({@code public_content_version}, V5_90), moved at the commit of any change a public
 * page shows, on whichever node made it. Read from PostgreSQL at most once per {@code interval} per node, by one
 * request while the others go on with the number they have: cached pages are then at most {@code interval} (plus
 * one query) behind a commit made on another node, well within the one second the national benchmark allows
 * (issue 7), at the cost of one tiny query per interval instead of one per request. A write through this node
 * ({@link #recheck()}) makes the next request read it again, so its author sees the change at once.
 */
class PublicContentVersion {

	private final JdbcClient jdbc;
	private final long intervalNanos;
	private final ReentrantLock reading = new ReentrantLock();
	private volatile long version;
	private volatile long readAt;
	private volatile boolean known;
	private volatile long mustReadAfter = System.nanoTime();

	PublicContentVersion(JdbcClient jdbc, Duration interval) {
		this.jdbc = jdbc;
		this.intervalNanos = interval.toNanos();
	}

	long current() {
		if (stale()) {
			if (mustRead()) {
				reading.lock();
			}
			else if (!reading.tryLock()) {
				return version;
			}
			try {
				if (stale()) {
					read();
				}
			}
			finally {
				reading.unlock();
			}
		}
		return version;
	}

	/** After a write through this node: the next request reads the version, whoever is reading it now. */
	void recheck() {
		mustReadAfter = System.nanoTime();
	}

	private boolean stale() {
		return mustRead() || System.nanoTime() - readAt >= intervalNanos;
	}

	/** Never read, or the last read started before a write asked for a new one. */
	private boolean mustRead() {
		return !known || readAt - mustReadAfter <= 0;
	}

	private void read() {
		long started = System.nanoTime();
		version = jdbc.sql("SELECT version FROM public_content_version WHERE id = 1").query(Long.class).single();
		readAt = started;
		known = true;
	}
}

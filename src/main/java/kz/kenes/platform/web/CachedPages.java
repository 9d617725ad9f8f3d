package kz.kenes.platform.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Rendered public pages, least recently used first out, bounded by the bytes they hold (bodies and header texts),
 * so that a crawl over every roadmap page cannot take the heap.
 */
class CachedPages {

	/** A rendered page: its bytes and the response headers it was sent with, as of a content version. */
	record Page(long version, long renderedAt, byte[] body, String contentType, Locale locale,
			List<Map.Entry<String, String>> headers, String etag, Consumer<HttpServletRequest> onVisit) {

		long weight() {
			long weight = body.length + 256L;
			for (Map.Entry<String, String> header : headers) {
				weight += 2L * (header.getKey().length() + header.getValue().length());
			}
			return weight;
		}
	}

	private final long maxBytes;
	private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
	private long bytes;

	CachedPages(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	synchronized Page get(String key) {
		return pages.get(key);
	}

	synchronized void put(String key, Page page) {
		long weight = page.weight();
		if (weight > maxBytes / 8) {
			return;
		}
		Page old = pages.get(key);
		if (old != null && old.version() > page.version()) {
			return; // a rendering of newer content finished first
		}
		pages.put(key, page);
		bytes += weight - (old == null ? 0 : old.weight());
		Iterator<Page> eldest = pages.values().iterator();
		while (bytes > maxBytes && eldest.hasNext()) {
			bytes -= eldest.next().weight();
			eldest.remove();
		}
	}

	synchronized long bytes() {
		return bytes;
	}

	synchronized int size() {
		return pages.size();
	}
}

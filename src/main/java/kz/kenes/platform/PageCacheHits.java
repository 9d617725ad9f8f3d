package kz.kenes.platform;

import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a public page does on every visit even when it is served from the page cache (counting a view): a controller
 * registers it while rendering, and the cache runs it for each later visitor it serves the same bytes to.
 */
public final class PageCacheHits {

	public static final String ATTRIBUTE = PageCacheHits.class.getName();

	private PageCacheHits() {
	}

	public static void onEveryVisit(HttpServletRequest request, Consumer<HttpServletRequest> action) {
		request.setAttribute(ATTRIBUTE, action);
	}
}

package kz.kenes.platform.web;

/**
 * A page of a list as an API asks for it (page number from 0, size), clamped so that no request is unbounded:
 * size between 1 and {@code maxSize}, page not below 0.
 */
public record PageWindow(int limit, int offset) {

	public static PageWindow of(int page, int size, int maxSize) {
		int limit = Math.max(1, Math.min(size, maxSize));
		return new PageWindow(limit, Math.max(0, page) * limit);
	}
}

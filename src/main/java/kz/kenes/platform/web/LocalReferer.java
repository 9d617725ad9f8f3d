package kz.kenes.platform.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The page a request came from, as a path on this site, for sending the user back after a refused change. Only
 * a path is ever taken from the Referer header (never its scheme or host), and not one that a browser would read
 * as another host's address ({@code //evil.example/x}, {@code /\evil.example}): whatever the header says, the
 * redirect stays on this site.
 */
public final class LocalReferer {

	private LocalReferer() {
	}

	/** The Referer's path and query, or null when there is none or it is not a plain path on this site. */
	public static String path(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			URI uri = URI.create(referer);
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
				return null;
			}
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (IllegalArgumentException notAnAddress) {
			return null;
		}
	}
}

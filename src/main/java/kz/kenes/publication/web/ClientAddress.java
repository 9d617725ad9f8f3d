package kz.kenes.publication.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address as the servlet container sees it. Behind a reverse proxy, set
 * {@code server.forward-headers-strategy=native} so that Tomcat takes it from X-Forwarded-For of trusted proxies
 * only (a header the client could forge is never read here).
 */
final class ClientAddress {

	private ClientAddress() {
	}

	static String of(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

	static String userAgent(HttpServletRequest request) {
		return request.getHeader("User-Agent");
	}
}

package kz.kenes.platform.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every response carries, pages, API, files and error pages alike: a {@code Permissions-Policy} that gives no
 * page the camera, microphone or location (nothing here asks for them) nor joins interest cohorts. The error page is
 * only where the container forwards a failed request: asked for directly, {@code /error} is a page that does not
 * exist (404), not a server error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EveryResponse extends OncePerRequestFilter {

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), interest-cohort=()";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		if (request.getDispatcherType() == DispatcherType.REQUEST && isErrorPage(request)) {
			response.sendError(HttpStatus.NOT_FOUND.value());
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isErrorPage(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/error") || path.startsWith("/error/") || path.startsWith("/error;");
	}
}

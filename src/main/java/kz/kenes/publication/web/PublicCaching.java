package kz.kenes.publication.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import kz.kenes.identity.PublicPaths;

/**
 * Public pages answer conditional requests: an ETag of the body (a repeat visit on a slow phone connection gets
 * "304 Not Modified" without the page), "no-cache" so that the browser revalidates instead of showing stale
 * counters, and "Vary: Cookie" because the language of a page follows the session.
 */
@Configuration(proxyBeanMethods = false)
class PublicCaching {

	/** Open data and the public API reads need no login. */
	@Bean
	PublicPaths publicationApiPaths() {
		return PublicPaths.of("/api/v1/open/**");
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> publicEtags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new PublicEtagFilter());
		registration.addUrlPatterns("/*");
		registration.setName("publicEtags");
		return registration;
	}

	static class PublicEtagFilter extends ShallowEtagHeaderFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) || !isPublicPage(path);
		}

		static boolean isPublicPage(String path) {
			if (path.startsWith("/news/images/") || path.startsWith("/staff") || path.startsWith("/login")) {
				return false;
			}
			return path.equals("/") || path.equals("/news") || path.startsWith("/news/") || path.equals("/sitemap.xml")
					|| path.startsWith("/api/v1/open/") || path.startsWith("/public/");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			response.setHeader("Cache-Control", "no-cache");
			response.addHeader("Vary", "Cookie");
			super.doFilterInternal(request, response, chain);
		}
	}
}

package kz.kenes.platform.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

/** The public page cache ({@link PageCacheFilter}), sized and timed by {@code kenes.page-cache.*}. */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	/** After the session filter (it reads the visitor's language) and before Spring Security (order -100). */
	static final int ORDER = -101;

	@Bean
	CachedPages cachedPages(@Value("${kenes.page-cache.max-size:64MB}") DataSize maxSize) {
		return new CachedPages(maxSize.toBytes());
	}

	@Bean
	PublicContentVersion publicContentVersion(JdbcClient jdbc,
			@Value("${kenes.page-cache.version-check:200ms}") Duration interval) {
		return new PublicContentVersion(jdbc, interval);
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCache(CachedPages pages, PublicContentVersion version,
			LocaleResolver localeResolver, @Value("${kenes.page-cache.max-age:60s}") Duration maxAge,
			@Value("${kenes.page-cache.enabled:true}") boolean enabled) {
		return registration("pageCache", ORDER, new PageCacheFilter(pages, version, localeResolver, maxAge.toNanos(),
				false), enabled);
	}

	/**
	 * The same cache ahead of the session and request-context filters, for visitors without cookies (most of the
	 * public's hits). After the forwarded-headers (framework strategy), encoding and observation filters
	 * (HIGHEST_PRECEDENCE, +1): the key's scheme and host must be the client's.
	 */
	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheForCookielessVisitors(CachedPages pages,
			PublicContentVersion version, LocaleResolver localeResolver,
			@Value("${kenes.page-cache.max-age:60s}") Duration maxAge,
			@Value("${kenes.page-cache.enabled:true}") boolean enabled) {
		return registration("pageCacheForCookielessVisitors", Ordered.HIGHEST_PRECEDENCE + 2,
				new PageCacheFilter(pages, version, localeResolver, maxAge.toNanos(), true), enabled);
	}

	private static FilterRegistrationBean<PageCacheFilter> registration(String name, int order, PageCacheFilter filter,
			boolean enabled) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/*");
		registration.setName(name);
		registration.setOrder(order);
		registration.setEnabled(enabled);
		return registration;
	}
}

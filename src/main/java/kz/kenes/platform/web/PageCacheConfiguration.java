package kz.kenes.platform.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(pages, version, localeResolver, maxAge.toNanos()));
		registration.addUrlPatterns("/*");
		registration.setName("pageCache");
		registration.setOrder(ORDER);
		registration.setEnabled(enabled);
		return registration;
	}
}

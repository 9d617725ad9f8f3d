package kz.kenes.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Static files and webjars are linked by plain, version-less URLs: the webjars locator resolves them when they are
 * requested. Links in pages are therefore not rewritten. Spring Boot's Thymeleaf configuration would register a
 * {@link ResourceUrlEncodingFilter} (the webjars locator enables the resource chain) that looks every link of a page
 * up as a file in the jar; a link to a page is never one, so the miss is never cached, and a public page with a few
 * hundred links (councils, items) spent most of its time in those look-ups (bench/results).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}
}

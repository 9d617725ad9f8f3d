package kz.kenes.identity.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class LanguageWebConfiguration implements WebMvcConfigurer {

	private final LanguageInterceptor languageInterceptor;

	LanguageWebConfiguration(LanguageInterceptor languageInterceptor) {
		this.languageInterceptor = languageInterceptor;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(languageInterceptor);
	}
}

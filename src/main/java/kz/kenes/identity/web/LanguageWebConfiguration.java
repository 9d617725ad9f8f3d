package kz.kenes.identity.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class LanguageWebConfiguration implements WebMvcConfigurer {

	private final LanguageInterceptor languageInterceptor;
	private final AuthorityBeforeBody authorityBeforeBody;

	LanguageWebConfiguration(LanguageInterceptor languageInterceptor, AuthorityBeforeBody authorityBeforeBody) {
		this.languageInterceptor = languageInterceptor;
		this.authorityBeforeBody = authorityBeforeBody;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(languageInterceptor);
		registry.addInterceptor(authorityBeforeBody);
	}
}

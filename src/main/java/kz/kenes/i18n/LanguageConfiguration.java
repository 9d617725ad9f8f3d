package kz.kenes.i18n;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/** The language of a request: the one chosen in this session, else Kazakh; anything unsupported becomes Kazakh. */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

	@Bean
	LocaleResolver localeResolver() {
		SessionLocaleResolver resolver = new SessionLocaleResolver() {
			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				super.setLocale(request, response, Language.of(locale).locale());
			}

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return Language.of(super.resolveLocale(request)).locale();
			}
		};
		resolver.setDefaultLocale(Language.DEFAULT.locale());
		return resolver;
	}
}

package kz.kenes.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

import kz.kenes.i18n.Language;
import kz.kenes.identity.Access;
import kz.kenes.identity.Users;

/**
 * {@code ?lang=kk|ru|en} on any page switches the language for the session and, for a logged-in user,
 * remembers it in their profile. Unknown codes fall back to Kazakh.
 */
@Component
class LanguageInterceptor implements HandlerInterceptor {

	static final String PARAM = "lang";

	private final LocaleResolver localeResolver;
	private final Access access;
	private final Users users;

	LanguageInterceptor(LocaleResolver localeResolver, Access access, Users users) {
		this.localeResolver = localeResolver;
		this.access = access;
		this.users = users;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String code = request.getParameter(PARAM);
		if (code != null) {
			Language language = Language.of(code);
			localeResolver.setLocale(request, response, language.locale());
			access.currentUser().ifPresent(u -> users.updatePreferredLocale(u.username(), language.code()));
		}
		return true;
	}
}

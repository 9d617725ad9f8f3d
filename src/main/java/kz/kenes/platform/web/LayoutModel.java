package kz.kenes.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import kz.kenes.i18n.Language;

/** What every page's layout needs: the current language and links that switch it on the same page. */
@ControllerAdvice
class LayoutModel {

	/** The same for a view that no handler method renders (an exception resolver's page). */
	static Map<String, Object> attributes() {
		return Map.of("language", currentLanguage(), "languageLinks", links());
	}

	@ModelAttribute("language")
	Language language() {
		return currentLanguage();
	}

	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks() {
		return links();
	}

	private static Language currentLanguage() {
		return Language.of(LocaleContextHolder.getLocale());
	}

	private static Map<String, String> links() {
		Map<String, String> links = new LinkedHashMap<>();
		for (Language language : Language.values()) {
			links.put(language.code(), ServletUriComponentsBuilder.fromCurrentRequest()
				.replaceQueryParam("lang", language.code())
				.build()
				.toUriString());
		}
		return links;
	}
}

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

	@ModelAttribute("language")
	Language language() {
		return Language.of(LocaleContextHolder.getLocale());
	}

	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks() {
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

package kz.kenes.publication.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import kz.kenes.i18n.Language;

/** Absolute addresses of public pages (for share links, Open Graph, the feed and the sitemap). */
final class PublicUrls {

	private PublicUrls() {
	}

	static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	/** The page's address in a language: Kazakh is the default and needs no parameter. */
	static String of(String path, Language language) {
		return base() + path + (language == Language.DEFAULT ? "" : "?lang=" + language.code());
	}

	static String article(String slug, Language language) {
		return of("/news/" + slug, language);
	}
}

package kz.kenes.i18n;

import org.springframework.context.i18n.LocaleContextHolder;

/** A text given in Kazakh, Russian and English, as stored in the {@code *_kk}, {@code *_ru}, {@code *_en} columns. */
public record LocalizedText(String kk, String ru, String en) {

	public String in(Language language) {
		return language.pick(kk, ru, en);
	}

	/** The text in the language of the current request. */
	public String current() {
		return in(Language.of(LocaleContextHolder.getLocale()));
	}

	@Override
	public String toString() {
		return current();
	}
}

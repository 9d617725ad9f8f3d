package kz.kenes.i18n;

import java.util.Locale;

/**
 * The three languages of Kenes. Kazakh is the default and the fallback for any unknown code;
 * its code is {@code kk} (ISO 639-1), never "kz".
 */
public enum Language {

	KK, RU, EN;

	public static final Language DEFAULT = KK;

	// resolved on every request (the page cache's key among others): kept, not parsed again each time
	private final String code = name().toLowerCase(Locale.ROOT);
	private final Locale locale = Locale.forLanguageTag(code);

	public Locale locale() {
		return locale;
	}

	public String code() {
		return code;
	}

	/** The language for a code or locale tag such as "ru", "ru-RU" or "EN"; Kazakh for anything else. */
	public static Language of(String code) {
		if (code == null) {
			return DEFAULT;
		}
		String lang = code.trim();
		int end = lang.indexOf('-') > 0 ? lang.indexOf('-') : lang.indexOf('_') > 0 ? lang.indexOf('_') : lang.length();
		for (Language language : values()) {
			if (language.code.length() == end && lang.regionMatches(true, 0, language.code, 0, end)) {
				return language;
			}
		}
		return DEFAULT;
	}

	public static Language of(Locale locale) {
		return locale == null ? DEFAULT : of(locale.getLanguage());
	}

	/** Picks the text for this language out of a kk/ru/en triple, falling back to Kazakh when blank. */
	public String pick(String kk, String ru, String en) {
		String text = switch (this) {
			case KK -> kk;
			case RU -> ru;
			case EN -> en;
		};
		return text == null || text.isBlank() ? kk : text;
	}
}

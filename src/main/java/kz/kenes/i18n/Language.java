package kz.kenes.i18n;

import java.util.Arrays;
import java.util.Locale;

/**
 * The three languages of Kenes. Kazakh is the default and the fallback for any unknown code;
 * its code is {@code kk} (ISO 639-1), never "kz".
 */
public enum Language {

	KK, RU, EN;

	public static final Language DEFAULT = KK;

	public Locale locale() {
		return Locale.forLanguageTag(code());
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The language for a code or locale tag such as "ru", "ru-RU" or "EN"; Kazakh for anything else. */
	public static Language of(String code) {
		if (code == null) {
			return DEFAULT;
		}
		String lang = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
		int dash = lang.indexOf('-');
		String primary = dash > 0 ? lang.substring(0, dash) : lang;
		return Arrays.stream(values()).filter(l -> l.code().equals(primary)).findFirst().orElse(DEFAULT);
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

package kz.kenes.i18n;

import com.ibm.icu.text.MessageFormat;

/**
 * Number agreement with ICU plural rules, for patterns kept in message bundles, e.g. in Russian
 * {@code {0, plural, one{# мероприятие} few{# мероприятия} many{# мероприятий} other{# мероприятия}}}
 * (1 мероприятие, 4 мероприятия, 20 мероприятий, 21 мероприятие). Kazakh keeps the noun singular after a
 * number, so its patterns need only {@code other}.
 */
public final class Plurals {

	private Plurals() {
	}

	public static String format(String pattern, Language language, Object... args) {
		return new MessageFormat(pattern, language.locale()).format(args);
	}
}

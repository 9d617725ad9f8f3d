package kz.kenes.i18n;

import java.util.Comparator;
import java.util.function.Function;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * Sorting of names in the order of the Kazakh alphabet (А Ә Б … Г Ғ … К Қ … Н Ң О Ө … У Ұ Ү … Х Һ Ы І),
 * which needs ICU4J's collator: the JDK's {@code java.text.Collator} puts Ә, Ғ, Қ after Я.
 */
public final class KazakhCollation {

	private KazakhCollation() {
	}

	/** A collator for a language (a new instance: ICU collators are not thread-safe until frozen). */
	public static Comparator<Object> collator(Language language) {
		Collator collator = Collator.getInstance(new ULocale(language.code()));
		collator.freeze();
		return collator;
	}

	public static <T> Comparator<T> by(Function<T, String> key, Language language) {
		Comparator<Object> collator = collator(language);
		return (a, b) -> collator.compare(key.apply(a), key.apply(b));
	}
}

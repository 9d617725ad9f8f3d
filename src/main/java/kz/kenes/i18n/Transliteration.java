package kz.kenes.i18n;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Kazakh and Russian Cyrillic to plain Latin letters for URLs (after the 2021 Kazakh Latin alphabet, without
 * diacritics: ә→a, ғ→g, қ→q, ң→n, ө→o, ұ/ү→u, һ→h, і→i; Russian by the usual passport rules: ж→zh, х→kh, ц→ts).
 */
public final class Transliteration {

	private static final Map<Character, String> LETTERS = Map.ofEntries(Map.entry('а', "a"), Map.entry('ә', "a"),
			Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('ғ', "g"), Map.entry('д', "d"),
			Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
			Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('қ', "q"), Map.entry('л', "l"), Map.entry('м', "m"),
			Map.entry('н', "n"), Map.entry('ң', "n"), Map.entry('о', "o"), Map.entry('ө', "o"), Map.entry('п', "p"),
			Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ұ', "u"),
			Map.entry('ү', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('һ', "h"), Map.entry('ц', "ts"),
			Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"),
			Map.entry('і', "i"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"));

	private Transliteration() {
	}

	public static String toLatin(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
			String latin = LETTERS.get(c);
			out.append(latin != null ? latin : String.valueOf(c));
		}
		// Remaining accented Latin letters (é, ü) lose their marks.
		return Normalizer.normalize(out, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	/** A URL slug: lower-case Latin words joined by hyphens, at most {@code maxLength} characters, cut at a word. */
	public static String slug(String text, int maxLength) {
		String slug = toLatin(text == null ? "" : text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > maxLength) {
			int cut = slug.lastIndexOf('-', maxLength);
			slug = slug.substring(0, cut > maxLength / 2 ? cut : maxLength);
		}
		return slug;
	}
}

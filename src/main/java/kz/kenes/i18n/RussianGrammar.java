package kz.kenes.i18n;

import java.util.Locale;

/**
 * Declension of Russian names of organisations in generated prose: the leading adjectives and the head noun of a
 * phrase change, the rest (a genitive tail, a name in quotes) stays — «Региональный совет «Miras» по развитию …»
 * → «Регионального совета «Miras» по развитию …», «Шымкентский городской филиал партии» → (при)
 * «Шымкентском городском филиале партии», «Управление культуры» → «Управления культуры».
 * Covers the adjective and noun endings of official names; a name it does not recognise is left as it is.
 */
public final class RussianGrammar {

	public enum Case {
		GENITIVE, DATIVE, PREPOSITIONAL
	}

	private static final java.util.Set<String> INDECLINABLE = java.util.Set.of("бюро", "радио", "кино", "депо",
			"метро", "казино", "фото", "жюри", "кафе", "шоссе", "ателье", "кофе");

	private RussianGrammar() {
	}

	public static String decline(String phrase, Case grammaticalCase) {
		String[] words = phrase.split(" ", -1);
		StringBuilder out = new StringBuilder();
		boolean headDone = false;
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			if (!headDone && isAdjective(word)) {
				word = adjective(word, grammaticalCase);
			}
			else if (!headDone) {
				word = noun(word, grammaticalCase);
				headDone = true;
			}
			out.append(i == 0 ? "" : " ").append(word);
		}
		return out.toString();
	}

	/** "Регионального совета" mid-sentence: a common noun phrase starts with a small letter. */
	public static String lowerFirst(String phrase) {
		return phrase.isEmpty() ? phrase : phrase.substring(0, 1).toLowerCase(Locale.ROOT) + phrase.substring(1);
	}

	private static boolean isAdjective(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		return w.length() > 3 && (w.endsWith("ый") || w.endsWith("ий") || w.endsWith("ой") || w.endsWith("ая")
				|| w.endsWith("яя") || w.endsWith("ое") || w.endsWith("ее"));
	}

	private static String adjective(String word, Case c) {
		String w = word.toLowerCase(Locale.ROOT);
		String stem = word.substring(0, word.length() - 2);
		char before = w.charAt(w.length() - 3);
		// -ый, -ой, -ое are hard (Государственное → Государственного), -ий, -ее soft unless after к г х
		// (Казахстанский → Казахстанского, Высшее → Высшего).
		boolean hard = w.endsWith("ый") || w.endsWith("ой") || w.endsWith("ое") || "кгх".indexOf(before) >= 0;
		if (w.endsWith("ая") || w.endsWith("яя")) {
			return stem + (w.endsWith("ая") && "жшчщ".indexOf(before) < 0 ? "ой" : "ей");
		}
		return stem + switch (c) {
			case GENITIVE -> hard ? "ого" : "его";
			case DATIVE -> hard ? "ому" : "ему";
			case PREPOSITIONAL -> hard ? "ом" : "ем";
		};
	}

	private static String noun(String word, Case c) {
		String w = word.toLowerCase(Locale.ROOT);
		if (w.isEmpty() || !Character.isLetter(w.charAt(w.length() - 1)) || w.startsWith("«")) {
			return word;
		}
		if (INDECLINABLE.contains(w) || word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
			return word; // бюро, радио; abbreviations (ТОО, РГП, КГУ) do not decline
		}
		char last = w.charAt(w.length() - 1);
		String stem = word.substring(0, word.length() - 1);
		if (w.endsWith("ие") || w.endsWith("ия")) {
			return stem + switch (c) {
				case GENITIVE -> "я".equals(w.substring(w.length() - 1)) ? "и" : "я";
				case DATIVE -> w.endsWith("ия") ? "и" : "ю";
				case PREPOSITIONAL -> "и";
			};
		}
		// Neuter nouns in -о (-ство, -ло, -ро): Министерство → Министерства, Агентство → Агентству.
		if (last == 'о' && w.length() > 2) {
			return stem + switch (c) {
				case GENITIVE -> "а";
				case DATIVE -> "у";
				case PREPOSITIONAL -> "е";
			};
		}
		// Neuter nouns in a consonant + -е (Поле, Училище): Училище → Училища.
		if (last == 'е' && w.length() > 2 && "бвгджзклмнпрстфхцчшщ".indexOf(w.charAt(w.length() - 2)) >= 0) {
			boolean sibilant = "жшчщц".indexOf(w.charAt(w.length() - 2)) >= 0;
			return stem + switch (c) {
				case GENITIVE -> sibilant ? "а" : "я";
				case DATIVE -> sibilant ? "у" : "ю";
				case PREPOSITIONAL -> "е";
			};
		}
		if (last == 'а') {
			boolean velar = "гкхжшчщ".indexOf(w.charAt(w.length() - 2)) >= 0;
			return stem + (c == Case.GENITIVE ? (velar ? "и" : "ы") : "е");
		}
		if (last == 'я') {
			return stem + (c == Case.GENITIVE ? "и" : "е");
		}
		if (last == 'ь') {
			boolean feminine = w.endsWith("жь") || w.endsWith("шь") || w.endsWith("чь") || w.endsWith("щь")
					|| w.endsWith("сть");
			if (feminine) {
				return stem + "и";
			}
			return stem + switch (c) {
				case GENITIVE -> "я";
				case DATIVE -> "ю";
				case PREPOSITIONAL -> "е";
			};
		}
		if (last == 'й') {
			return stem + switch (c) {
				case GENITIVE -> "я";
				case DATIVE -> "ю";
				case PREPOSITIONAL -> "е";
			};
		}
		if ("бвгджзклмнпрстфхцчшщ".indexOf(last) >= 0) {
			return word + switch (c) {
				case GENITIVE -> "а";
				case DATIVE -> "у";
				case PREPOSITIONAL -> "е";
			};
		}
		return word;
	}

	/** Past tense of a verb agreeing with the speaker: сказал / сказала (feminine by the surname or patronymic). */
	public static String past(String masculine, String fullName) {
		return isFeminine(fullName) ? masculine + "а" : masculine;
	}

	/**
	 * Whether a Kazakh or Russian full name is a woman's, from the surname or patronymic ending (-ова, -ева,
	 * -ина, -қызы/-кызы, -овна/-евна). Used only to agree verbs in generated drafts, which the secretary reads.
	 */
	public static boolean isFeminine(String fullName) {
		for (String word : fullName.toLowerCase(Locale.ROOT).split("\\s+")) {
			if (word.matches(".*(ова|ева|ёва|ина|ына|ская|цкая|кызы|қызы|овна|евна|ична)")) {
				return true;
			}
		}
		return false;
	}
}

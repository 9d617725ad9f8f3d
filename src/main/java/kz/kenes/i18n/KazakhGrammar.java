package kz.kenes.i18n;

import kz.kenes.i18n.KazakhNumerals.Case;

/**
 * Case endings for names and phrases in generated Kazakh prose: the last word of the phrase decides
 * ({@link KazakhNumerals#ending}), closing quotes and punctuation are skipped («Miras» аймақтық кеңесі →
 * «Miras» аймақтық кеңесінің). After the possessive ending of the 3rd person (кеңесі, басшысы) the dative,
 * locative, ablative and accusative take a pronominal н: кеңесіне, кеңесінде, кеңесінен, кеңесін.
 */
public final class KazakhGrammar {

	private static final String VOWELS = "аәеёиоөуұүыіэюя";

	private KazakhGrammar() {
	}

	/** The phrase with the ending for its last word. */
	public static String inflect(String phrase, Case grammaticalCase) {
		return phrase + KazakhNumerals.ending(lastWord(phrase), grammaticalCase);
	}

	/** For a noun phrase ending in the 3rd-person possessive: кеңесі → кеңесінің, кеңесіне, кеңесінде. */
	public static String inflectPossessive(String phrase, Case grammaticalCase) {
		String word = lastWord(phrase);
		char last = word.charAt(word.length() - 1);
		if (VOWELS.indexOf(last) < 0) {
			return inflect(phrase, grammaticalCase);
		}
		boolean front = KazakhNumerals.ending(word, Case.LOCATIVE).endsWith("е");
		String ending = switch (grammaticalCase) {
			case DATIVE -> front ? "не" : "на";
			case LOCATIVE -> front ? "нде" : "нда";
			case ABLATIVE -> front ? "нен" : "нан";
			case ACCUSATIVE -> "н";
			default -> KazakhNumerals.ending(word, grammaticalCase);
		};
		return phrase + ending;
	}

	/** The letters at the end of the text, lower case, ignoring closing quotes and punctuation. */
	static String lastWord(String text) {
		String lower = text.toLowerCase(Language.KK.locale());
		int end = lower.length();
		while (end > 0 && !Character.isLetter(lower.charAt(end - 1))) {
			end--;
		}
		int start = end;
		while (start > 0 && Character.isLetter(lower.charAt(start - 1))) {
			start--;
		}
		String word = lower.substring(start, end);
		return word.isEmpty() ? "а" : word;
	}
}

package kz.kenes.i18n;

import java.util.List;

/**
 * Case endings after numbers written in digits, as Kazakh official texts write them: the ending is joined by a
 * hyphen and agrees with the last numeral word as spoken: 20-дан (жиырма), 25-тен (бес), 4-тен (төрт),
 * 100-ден (жүз), 10-нан (он), 5000 → 5 мыңнан (мың). The noun after a number stays singular (20 іс-шара).
 */
public final class KazakhNumerals {

	/** Септік: the grammatical cases that take an ending. */
	public enum Case {
		/** барыс септік: -ға/-ге/-қа/-ке */
		DATIVE,
		/** табыс септік: -ны/-ні/-ды/-ді/-ты/-ті */
		ACCUSATIVE,
		/** ілік септік: -ның/-нің/-дың/-дің/-тың/-тің */
		GENITIVE,
		/** жатыс септік: -да/-де/-та/-те */
		LOCATIVE,
		/** шығыс септік: -дан/-ден/-тан/-тен/-нан/-нен */
		ABLATIVE,
		/** көмектес септік: -мен/-бен/-пен */
		INSTRUMENTAL
	}

	private static final List<String> UNITS = List.of("", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз",
			"тоғыз");

	private static final List<String> TENS = List.of("", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс",
			"сексен", "тоқсан");

	private static final String VOWELS = "аәеёиоөуұүыіэюя";
	private static final String VOICELESS = "кқптсшфхцчщ";
	private static final String NASALS = "мнң";
	private static final String SONORANTS = "рйул";

	private KazakhNumerals() {
	}

	/** "20-дан", "25-тен", "0-ден". */
	public static String withCase(long number, Case grammaticalCase) {
		return number + "-" + ending(lastNumeralWord(number), grammaticalCase);
	}

	/**
	 * A round number of thousands as the seed writes it, digits then the word: 5000 → "5 мың" (no case),
	 * "5 мыңнан" (ablative). Other numbers fall back to {@link #withCase}.
	 */
	public static String thousands(long number, Case grammaticalCase) {
		if (number < 1000 || number % 1000 != 0 || number >= 1_000_000) {
			return grammaticalCase == null ? String.valueOf(number) : withCase(number, grammaticalCase);
		}
		String word = "мың";
		return (number / 1000) + " " + word + (grammaticalCase == null ? "" : ending(word, grammaticalCase));
	}

	/** The last numeral word of a number as spoken: 25 → бес, 20 → жиырма, 300 → жүз, 5000 → мың. */
	public static String lastNumeralWord(long number) {
		long n = Math.abs(number);
		if (n == 0) {
			return "нөл";
		}
		if (n % 10 != 0) {
			return UNITS.get((int) (n % 10));
		}
		if (n % 100 != 0) {
			return TENS.get((int) (n % 100 / 10));
		}
		if (n % 1000 != 0) {
			return "жүз";
		}
		if (n % 1_000_000 != 0) {
			return "мың";
		}
		if (n % 1_000_000_000 != 0) {
			return "миллион";
		}
		return "миллиард";
	}

	/** The case ending for a word, chosen by vowel harmony and by the word's last sound. */
	public static String ending(String word, Case grammaticalCase) {
		char last = Character.toLowerCase(word.charAt(word.length() - 1));
		boolean front = OfficialDates.isFront(word);
		boolean vowel = VOWELS.indexOf(last) >= 0;
		boolean voiceless = VOICELESS.indexOf(last) >= 0;
		boolean nasal = NASALS.indexOf(last) >= 0;
		boolean sonorant = SONORANTS.indexOf(last) >= 0;
		return switch (grammaticalCase) {
			case DATIVE -> (voiceless ? (front ? "к" : "қ") : (front ? "г" : "ғ")) + (front ? "е" : "а");
			case ACCUSATIVE -> (vowel ? "н" : voiceless ? "т" : "д") + (front ? "і" : "ы");
			case GENITIVE -> (vowel || nasal ? "н" : voiceless ? "т" : "д") + (front ? "ің" : "ың");
			case LOCATIVE -> (voiceless ? "т" : "д") + (front ? "е" : "а");
			case ABLATIVE -> (nasal ? "н" : voiceless ? "т" : "д") + (front ? "ен" : "ан");
			case INSTRUMENTAL -> (vowel || sonorant ? "м" : voiceless ? "п" : "б") + "ен";
		};
	}
}

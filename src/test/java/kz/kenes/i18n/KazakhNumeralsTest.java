package kz.kenes.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.kenes.i18n.KazakhNumerals.Case;

class KazakhNumeralsTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "20, 20-дан", "25, 25-тен", "4, 4-тен", "100, 100-ден", "10, 10-нан", "1, 1-ден", "2, 2-ден",
			"3, 3-тен", "6, 6-дан", "7, 7-ден", "8, 8-ден", "9, 9-дан", "30, 30-дан", "40, 40-тан", "50, 50-ден",
			"60, 60-тан", "70, 70-тен", "80, 80-нен", "90, 90-нан", "1000, 1000-нан", "273, 273-тен",
			"180, 180-нен" })
	void ablativeAgreesWithTheLastSpokenNumeral(long number, String expected) {
		assertThat(KazakhNumerals.withCase(number, Case.ABLATIVE)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} {1} → {2}")
	@CsvSource({ "20, DATIVE, 20-ға", "25, DATIVE, 25-ке", "4, DATIVE, 4-ке", "100, DATIVE, 100-ге",
			"20, LOCATIVE, 20-да", "25, LOCATIVE, 25-те", "10, LOCATIVE, 10-да", "20, GENITIVE, 20-ның",
			"25, GENITIVE, 25-тің", "10, GENITIVE, 10-ның", "100, GENITIVE, 100-дің", "20, ACCUSATIVE, 20-ны",
			"25, ACCUSATIVE, 25-ті", "100, ACCUSATIVE, 100-ді", "20, INSTRUMENTAL, 20-мен", "25, INSTRUMENTAL, 25-пен",
			"100, INSTRUMENTAL, 100-бен", "10, INSTRUMENTAL, 10-бен" })
	void otherCases(long number, Case grammaticalCase, String expected) {
		assertThat(KazakhNumerals.withCase(number, grammaticalCase)).isEqualTo(expected);
	}

	@Test
	void roundThousandsAreWrittenAsTheSeedWritesThem() {
		assertThat(KazakhNumerals.thousands(5000, Case.ABLATIVE)).isEqualTo("5 мыңнан");
		assertThat(KazakhNumerals.thousands(5000, null)).isEqualTo("5 мың");
		assertThat(KazakhNumerals.thousands(5200, Case.ABLATIVE)).isEqualTo("5200-ден");
	}

	@Test
	void russianNounsTakeOneOfThreeFormsAfterANumber() {
		String pattern = "{0, plural, one{# мероприятие} few{# мероприятия} many{# мероприятий} other{# мероприятия}}";
		assertThat(Plurals.format(pattern, Language.RU, 1)).isEqualTo("1 мероприятие");
		assertThat(Plurals.format(pattern, Language.RU, 4)).isEqualTo("4 мероприятия");
		assertThat(Plurals.format(pattern, Language.RU, 20)).isEqualTo("20 мероприятий");
		assertThat(Plurals.format(pattern, Language.RU, 21)).isEqualTo("21 мероприятие");
		String objects = "{0, plural, one{# объект} few{# объекта} many{# объектов} other{# объекта}}";
		assertThat(Plurals.format(objects, Language.RU, 4)).isEqualTo("4 объекта");
		assertThat(Plurals.format(objects, Language.RU, 5)).isEqualTo("5 объектов");
	}
}

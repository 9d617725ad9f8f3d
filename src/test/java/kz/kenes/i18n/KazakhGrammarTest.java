package kz.kenes.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kz.kenes.i18n.KazakhNumerals.Case;

class KazakhGrammarTest {

	@Test
	void genitiveOfNamesAndPhrases() {
		assertThat(KazakhGrammar.inflect("«Miras» аймақтық кеңесі", Case.GENITIVE)).isEqualTo("«Miras» аймақтық кеңесінің");
		assertThat(KazakhGrammar.inflect("Асан", Case.GENITIVE)).isEqualTo("Асанның");
		assertThat(KazakhGrammar.inflect("қыз", Case.GENITIVE)).isEqualTo("қыздың");
		assertThat(KazakhGrammar.inflect("кітап", Case.GENITIVE)).isEqualTo("кітаптың");
		assertThat(KazakhGrammar.inflect("партия", Case.GENITIVE)).isEqualTo("партияның");
		assertThat(KazakhGrammar.inflect("«Бәйтерек»", Case.GENITIVE)).isEqualTo("«Бәйтерек»тің");
	}

	@Test
	void dativeAndLocative() {
		assertThat(KazakhGrammar.inflect("жыл", Case.DATIVE)).isEqualTo("жылға");
		assertThat(KazakhGrammar.inflect("мектеп", Case.DATIVE)).isEqualTo("мектепке");
		assertThat(KazakhGrammar.inflect("Шымкент", Case.LOCATIVE)).isEqualTo("Шымкентте");
		assertThat(KazakhGrammar.inflect("қала", Case.LOCATIVE)).isEqualTo("қалада");
	}

	@Test
	void possessiveNounsTakeThePronominalN() {
		assertThat(KazakhGrammar.inflectPossessive("кеңесі", Case.LOCATIVE)).isEqualTo("кеңесінде");
		assertThat(KazakhGrammar.inflectPossessive("кеңесі", Case.DATIVE)).isEqualTo("кеңесіне");
		assertThat(KazakhGrammar.inflectPossessive("басқармасы", Case.ABLATIVE)).isEqualTo("басқармасынан");
		assertThat(KazakhGrammar.inflectPossessive("кеңесі", Case.GENITIVE)).isEqualTo("кеңесінің");
	}
}

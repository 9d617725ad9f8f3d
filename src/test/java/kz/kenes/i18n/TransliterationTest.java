package kz.kenes.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransliterationTest {

	@Test
	void kazakhTitleBecomesAReadableSlug() {
		assertThat(Transliteration.slug("«AMANAT» ПАРТИЯСЫ: «MIRAS» АЙМАҚТЫҚ КЕҢЕСІНІҢ ОТЫРЫСЫ ӨТТІ", 80))
			.isEqualTo("amanat-partiyasy-miras-aymaqtyq-kenesinin-otyrysy-otti");
	}

	@Test
	void russianLettersFollowPassportRules() {
		assertThat(Transliteration.slug("Заседание совета «Miras»: щедрые объёмы — 2024!", 80))
			.isEqualTo("zasedanie-soveta-miras-shchedrye-obyomy-2024");
		assertThat(Transliteration.slug("Әділет, Ғылым, Қала, Ұлы, Үй, Һ, Іні, Өмір, Ң", 80))
			.isEqualTo("adilet-gylym-qala-uly-uy-h-ini-omir-n");
	}

	@Test
	void longTitlesAreCutAtAWord() {
		String slug = Transliteration.slug("Мәдениет, тілдерді дамыту және архивтер басқармасының басшысы "
				+ "Бауыржан Орынтаев қаладағы мәдени саланың дамуы жөнінде мәлімет берді", 60);
		assertThat(slug).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-").startsWith("madeniet-tilderdi-damytu");
	}

	@Test
	void nothingLatinLeavesAnEmptySlug() {
		assertThat(Transliteration.slug("«» — !!!", 80)).isEmpty();
	}
}

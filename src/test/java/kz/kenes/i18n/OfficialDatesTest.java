package kz.kenes.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficialDatesTest {

	@ParameterizedTest(name = "{0}: {1} / {2} / {3}")
	@CsvSource({
			"1,  2024 жылғы 15 қаңтарда,    2024 жылғы 15 қаңтардағы,    15 января 2024 года",
			"2,  2024 жылғы 15 ақпанда,     2024 жылғы 15 ақпандағы,     15 февраля 2024 года",
			"3,  2024 жылғы 15 наурызда,    2024 жылғы 15 наурыздағы,    15 марта 2024 года",
			"4,  2024 жылғы 15 сәуірде,     2024 жылғы 15 сәуірдегі,     15 апреля 2024 года",
			"5,  2024 жылғы 15 мамырда,     2024 жылғы 15 мамырдағы,     15 мая 2024 года",
			"6,  2024 жылғы 15 маусымда,    2024 жылғы 15 маусымдағы,    15 июня 2024 года",
			"7,  2024 жылғы 15 шілдеде,     2024 жылғы 15 шілдедегі,     15 июля 2024 года",
			"8,  2024 жылғы 15 тамызда,     2024 жылғы 15 тамыздағы,     15 августа 2024 года",
			"9,  2024 жылғы 15 қыркүйекте,  2024 жылғы 15 қыркүйектегі,  15 сентября 2024 года",
			"10, 2024 жылғы 15 қазанда,     2024 жылғы 15 қазандағы,     15 октября 2024 года",
			"11, 2024 жылғы 15 қарашада,    2024 жылғы 15 қарашадағы,    15 ноября 2024 года",
			"12, 2024 жылғы 15 желтоқсанда, 2024 жылғы 15 желтоқсандағы, 15 декабря 2024 года" })
	void everyMonthInKazakhAndRussian(int month, String kkLocative, String kkAttributive, String ru) {
		LocalDate date = LocalDate.of(2024, month, 15);
		assertThat(OfficialDates.kazakh(date)).isEqualTo(kkLocative);
		assertThat(OfficialDates.kazakhAttributive(date)).isEqualTo(kkAttributive);
		assertThat(OfficialDates.russian(date)).isEqualTo(ru);
		assertThat(OfficialDates.format(date, Language.KK)).isEqualTo(kkLocative);
		assertThat(OfficialDates.format(date, Language.RU)).isEqualTo(ru);
	}

	@ParameterizedTest
	@CsvSource({ "мектеп, мектепте", "үй, үйде", "кітап, кітапта", "қала, қалада", "Шымкент, Шымкентте" })
	void locativeFollowsVowelHarmonyAndTheLastSound(String word, String locative) {
		assertThat(OfficialDates.locative(word)).isEqualTo(locative);
	}
}

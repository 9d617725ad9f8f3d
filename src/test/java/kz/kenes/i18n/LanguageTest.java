package kz.kenes.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

class LanguageTest {

	@ParameterizedTest
	@CsvSource({ "kk, KK", "ru, RU", "en, EN", "RU-ru, RU", "en_GB, EN", "kz, KK", "de, KK", "'', KK", "'<script>', KK" })
	void unknownCodesFallBackToKazakh(String code, Language expected) {
		assertThat(Language.of(code)).isEqualTo(expected);
	}

	@ParameterizedTest
	@NullSource
	void nullIsKazakh(String code) {
		assertThat(Language.of(code)).isEqualTo(Language.KK);
	}
}

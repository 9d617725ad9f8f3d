package kz.kenes.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class KazakhCollationTest {

	private static final List<String> ALPHABETICAL = List.of("Аға", "Ақ", "Әлем", "Гүл", "Ғалым", "Кеш", "Қала",
			"Нан", "Ңа", "Ол", "Өмір", "Ура", "Ұлы", "Үй", "Һ", "Ыс", "Іні");

	@Test
	void sortsInTheOrderOfTheKazakhAlphabet() {
		List<String> shuffled = new ArrayList<>(ALPHABETICAL);
		Collections.shuffle(shuffled, new java.util.Random(7));
		shuffled.sort(KazakhCollation.by(Function.identity(), Language.KK));
		assertThat(shuffled).containsExactlyElementsOf(ALPHABETICAL);
	}

	@Test
	void theJdkCollatorGetsItWrongWhichIsWhyIcuIsUsed() {
		List<String> jdk = new ArrayList<>(ALPHABETICAL);
		jdk.sort(Collator.getInstance(Locale.forLanguageTag("kk")));
		assertThat(jdk).isNotEqualTo(ALPHABETICAL);
	}
}

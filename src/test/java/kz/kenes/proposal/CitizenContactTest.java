package kz.kenes.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The contacts people give, as they type them, written one way; anything else is refused. */
class CitizenContactTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			aigerim@mail.kz              | EMAIL    | aigerim@mail.kz
			  Aigerim.K@Mail.KZ          | EMAIL    | aigerim.k@mail.kz
			+7 701 555 01 99             | PHONE    | +7 701 555 01 99
			8 701 555 01 99              | PHONE    | +7 701 555 01 99
			+7 (701) 555-01-99           | PHONE    | +7 701 555 01 99
			87015550199                  | PHONE    | +7 701 555 01 99
			7015550199                   | PHONE    | +7 701 555 01 99
			8 (7252) 53-01-99            | PHONE    | +7 725 253 01 99
			@aigerim_k                   | TELEGRAM | @aigerim_k
			t.me/aigerim_k               | TELEGRAM | @aigerim_k
			https://t.me/aigerim_k/      | TELEGRAM | @aigerim_k
			""")
	void acceptsAndWritesOneWay(String raw, CitizenContact.Kind kind, String value) {
		assertThat(CitizenContact.parse(raw)).contains(new CitizenContact(kind, value));
	}

	@ParameterizedTest
	@ValueSource(strings = { "aigerim@mail", "@ab", "@1aigerim", "+7 495 123 45 67", "8 800 555 35 35", "701 555",
			"none", "телефон жоқ", "a@b@c.kz", "   " })
	void refusesWhatCannotBeUsed(String raw) {
		assertThat(CitizenContact.parse(raw)).isEmpty();
	}
}

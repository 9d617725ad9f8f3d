package kz.kenes.publication.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvTest {

	@Test
	void quotesWhatNeedsQuotingAndDefusesFormulas() {
		String csv = new String(new OpenDataController.Csv("a", "b", "c").row("=HYPERLINK(\"x\")", "a,b", "plain")
			.bytes(), StandardCharsets.UTF_8);
		assertThat(csv).isEqualTo("\uFEFFa,b,c\r\n\"'=HYPERLINK(\"\"x\"\")\",\"a,b\",plain\r\n");
	}
}

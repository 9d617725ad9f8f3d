package kz.kenes.publication.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import java.util.List;

import org.junit.jupiter.api.Test;

import kz.kenes.support.TrickyText;

class CsvTest {

	@Test
	void quotesWhatNeedsQuotingAndDefusesFormulas() {
		String csv = new String(new OpenDataController.Csv("a", "b", "c").row("=HYPERLINK(\"x\")", "a,b", "plain")
			.bytes(), StandardCharsets.UTF_8);
		assertThat(csv).isEqualTo("\uFEFFa,b,c\r\n\"'=HYPERLINK(\"\"x\"\")\",\"a,b\",plain\r\n");
	}

	@Test
	void everyTrickyTextReadsBackAndEveryFormulaPrefixIsDefusedButNumbersAreNot() {
		OpenDataController.Csv csv = new OpenDataController.Csv("text", "number");
		for (String text : TrickyText.ALL) {
			csv.row(text, new java.math.BigDecimal("-12.50"));
		}
		csv.row("\t=1+1", -3);
		List<List<String>> rows = TrickyText.parseCsv(new String(csv.bytes(), StandardCharsets.UTF_8).substring(1), ',');
		assertThat(rows).hasSize(TrickyText.ALL.size() + 2);
		for (int i = 0; i < TrickyText.ALL.size(); i++) {
			String text = TrickyText.ALL.get(i);
			assertThat(rows.get(i + 1)).containsExactly(TrickyText.formula(text) ? "'" + text : text, "-12.5");
		}
		assertThat(rows.get(rows.size() - 1)).containsExactly("'\t=1+1", "-3");
	}
}

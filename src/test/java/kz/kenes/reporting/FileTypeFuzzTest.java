package kz.kenes.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

import kz.kenes.platform.RuleViolation;

/**
 * The evidence upload's content checker on any bytes: it names one of the accepted types, finds none, or refuses
 * with a reporting message key (zip bomb, macros, polyglot); it never throws anything else and never takes long,
 * whatever a zip inside claims. Seeds (a PDF, a DOCX, a .docm, a zip bomb, a PDF+zip polyglot) are in
 * {@code src/test/resources/kz/kenes/reporting/FileTypeFuzzTestInputs/sniff/}; longer runs: {@code bench/fuzz}.
 */
class FileTypeFuzzTest {

	@FuzzTest(maxDuration = "5s")
	@Timeout(60) // per input as well: Jazzer turns it into libFuzzer's -timeout
	void sniff(byte[] content) {
		Optional<FileType> type;
		try {
			type = FileType.sniff(content);
		}
		catch (RuleViolation e) {
			assertThat(e.messageKey()).isIn("reporting.error.file.zipBomb", "reporting.error.file.macros",
					"reporting.error.file.mixed");
			return;
		}
		type.ifPresent(t -> {
			assertThat(t.matchesName("evidence." + t.extensions.get(0))).isTrue();
			if (t == FileType.DOCX || t == FileType.XLSX) {
				assertThat(content[0]).isEqualTo((byte) 'P');
			}
		});
	}
}

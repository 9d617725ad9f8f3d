package kz.kenes.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

import kz.kenes.platform.Amounts;
import kz.kenes.platform.RuleViolation;

/**
 * The planned-value field of the item page: any text is a number or the rule's message, never a
 * NumberFormatException or a minutes-long parse of a million digits; and what {@link Amounts} lets through fits
 * the NUMERIC(18, 2) columns exactly. Longer runs: {@code bench/fuzz}.
 */
class NumberFieldFuzzTest {

	@FuzzTest(maxDuration = "5s")
	@Timeout(60) // per input as well: Jazzer turns it into libFuzzer's -timeout
	void plannedValues(String text) {
		BigDecimal value;
		try {
			value = StaffRoadmapController.parseNumber(text);
		}
		catch (RuleViolation e) {
			assertThat(e.messageKey()).isEqualTo("roadmap.error.target.value");
			return;
		}
		if (Amounts.fit(value)) {
			BigDecimal stored = value.setScale(2, java.math.RoundingMode.UNNECESSARY);
			assertThat(stored.precision()).isLessThanOrEqualTo(18);
			assertThat(stored.compareTo(value)).isZero();
		}
	}
}

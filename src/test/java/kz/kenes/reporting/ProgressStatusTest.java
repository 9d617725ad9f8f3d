package kz.kenes.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressStatusTest {

	/**
	 * 2024 is a leap year: 1 Jan..31 Dec = 366 days. By 30 June (182 days elapsed) a plan of 366 expects 182, so
	 * pro rata boundaries are exact whole numbers.
	 */
	@ParameterizedTest(name = "planned {0}, actual {1}, due {2}, as of {3}, short last year {4} -> {5}")
	@CsvSource(nullValues = "null", textBlock = """
			# planned, actual, due on,   as of,      short last year, status
			null,  5,    2024-12-31, 2024-06-30, false, NO_TARGET
			0,     5,    2024-12-31, 2024-06-30, false, NO_TARGET
			0,     0,    2024-12-31, 2025-01-15, true,  NO_TARGET
			20,    20,   2024-12-31, 2024-03-01, false, DONE
			20,    25,   2024-12-31, 2025-02-01, false, DONE
			20,    20,   2024-12-31, 2025-02-01, true,  DONE
			366,   182,  2024-12-31, 2024-06-30, false, ON_TRACK
			366,   181.99, 2024-12-31, 2024-06-30, false, BEHIND
			366,   null, 2024-12-31, 2024-01-01, false, BEHIND
			366,   1,    2024-12-31, 2024-01-01, false, ON_TRACK
			366,   0,    2024-12-31, 2023-12-31, false, ON_TRACK
			366,   364,  2024-12-31, 2024-12-30, false, BEHIND
			366,   365,  2024-12-31, 2024-12-30, false, ON_TRACK
			366,   365,  2024-12-31, 2024-12-31, false, NOT_DONE
			366,   365,  2024-12-31, 2025-01-01, false, NOT_DONE
			20,    19.9, 2024-06-30, 2024-06-29, false, ON_TRACK
			20,    19.8, 2024-06-30, 2024-06-29, false, BEHIND
			20,    19,   2024-06-30, 2024-06-30, false, NOT_DONE
			20,    0,    2024-06-30, 2024-12-31, false, NOT_DONE
			366,   200,  2024-12-31, 2024-06-30, true,  PROBLEM
			366,   100,  2024-12-31, 2024-06-30, true,  PROBLEM
			20,    10,   2024-12-31, 2025-01-10, true,  PROBLEM
			""")
	void judgesEveryStatusAtItsBoundaries(BigDecimal planned, BigDecimal actual, LocalDate dueOn, LocalDate asOf,
			boolean shortLastYear, ProgressStatus expected) {
		assertThat(ProgressStatus.of(planned, actual, LocalDate.of(2024, 1, 1), dueOn, asOf, shortLastYear))
			.isEqualTo(expected);
	}

	@Test
	void anItemTakesTheWorstStatusOfItsIndicators() {
		assertThat(ProgressStatus.worst(List.of(ProgressStatus.DONE, ProgressStatus.BEHIND, ProgressStatus.ON_TRACK)))
			.isEqualTo(ProgressStatus.BEHIND);
		assertThat(ProgressStatus.worst(List.of(ProgressStatus.NO_TARGET, ProgressStatus.DONE)))
			.isEqualTo(ProgressStatus.DONE);
		assertThat(ProgressStatus.worst(List.of(ProgressStatus.NOT_DONE, ProgressStatus.PROBLEM)))
			.isEqualTo(ProgressStatus.PROBLEM);
		assertThat(ProgressStatus.worst(List.of())).isEqualTo(ProgressStatus.NO_TARGET);
	}

	@Test
	void speaksTheOfficialsWords() {
		assertThat(ProgressStatus.DONE.label(kz.kenes.i18n.Language.KK)).isEqualTo("орындалды");
		assertThat(ProgressStatus.DONE.label(kz.kenes.i18n.Language.RU)).isEqualTo("исполнено");
		assertThat(ProgressStatus.NOT_DONE.label(kz.kenes.i18n.Language.KK)).isEqualTo("орындалмады");
		assertThat(ProgressStatus.NOT_DONE.label(kz.kenes.i18n.Language.RU)).isEqualTo("не исполнено");
		assertThat(ProgressStatus.BEHIND.label(kz.kenes.i18n.Language.KK)).startsWith("орындалу сатысында");
		assertThat(ProgressStatus.ON_TRACK.label(kz.kenes.i18n.Language.RU)).startsWith("на стадии реализации");
		assertThat(ProgressStatus.BEHIND.inProgress()).isTrue();
		assertThat(ProgressStatus.NOT_DONE.inProgress()).isFalse();
	}
}

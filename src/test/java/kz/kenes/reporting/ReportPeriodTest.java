package kz.kenes.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kz.kenes.i18n.Language;
import kz.kenes.platform.RuleViolation;

class ReportPeriodTest {

	@Test
	void tenMonthsOf2024AsTheSeedWritesIt() {
		ReportPeriod period = ReportPeriod.monthsToDate(2024, 10);
		assertThat(period.kind()).isEqualTo(ReportPeriod.Kind.MONTHS_TO_DATE);
		assertThat(period.label(Language.KK)).isEqualTo("2024 жылдың 10 айы");
		assertThat(period.label(Language.RU)).isEqualTo("10 месяцев 2024 года");
		assertThat(period.label(Language.EN)).isEqualTo("10 months of 2024");
		assertThat(period.start()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(period.end()).isEqualTo(LocalDate.of(2024, 10, 31));
		assertThat(period.dueDate()).isEqualTo(LocalDate.of(2024, 11, 10));
		assertThat(ReportPeriod.monthsToDate(2024, 2).label(Language.RU)).isEqualTo("2 месяца 2024 года");
	}

	@Test
	void monthsQuartersHalvesAndYears() {
		assertThat(ReportPeriod.month(2024, 10).label(Language.KK)).isEqualTo("2024 жылғы қазан");
		assertThat(ReportPeriod.month(2024, 10).label(Language.RU)).isEqualTo("октябрь 2024 года");
		assertThat(ReportPeriod.month(2024, 12).dueDate()).isEqualTo(LocalDate.of(2025, 1, 10));
		assertThat(ReportPeriod.quarter(2024, 3).label(Language.KK)).isEqualTo("2024 жылғы III тоқсан");
		assertThat(ReportPeriod.quarter(2024, 3).label(Language.RU)).isEqualTo("III квартал 2024 года");
		assertThat(ReportPeriod.wholeYear(2023).label(Language.KK)).isEqualTo("2023 жыл");
		assertThat(new ReportPeriod(2024, 1, 6).kind()).isEqualTo(ReportPeriod.Kind.HALF_YEAR);
		assertThat(new ReportPeriod(2024, 3, 5).label(Language.RU)).isEqualTo("март–май 2024 года");
	}

	@Test
	void shortCodesRoundTrip() {
		for (String code : new String[] { "year", "m10", "q3", "h1", "h2", "7" }) {
			assertThat(ReportPeriod.parse(2024, code).code()).isEqualTo(code);
		}
		assertThat(ReportPeriod.parse(2024, null)).isEqualTo(ReportPeriod.wholeYear(2024));
		assertThat(ReportPeriod.parse(2024, "m10")).isEqualTo(new ReportPeriod(2024, 1, 10));
		assertThat(ReportPeriod.parse(2024, "Q2")).isEqualTo(new ReportPeriod(2024, 4, 6));
	}

	@Test
	void refusesImpossiblePeriods() {
		assertThatThrownBy(() -> new ReportPeriod(2024, 5, 4)).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> new ReportPeriod(2024, 0, 4)).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> ReportPeriod.parse(2024, "m13")).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> ReportPeriod.parse(2024, "q5")).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> ReportPeriod.parse(2024, "x1")).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> new ReportPeriod(1999, 1, 1)).isInstanceOf(RuleViolation.class);
	}
}

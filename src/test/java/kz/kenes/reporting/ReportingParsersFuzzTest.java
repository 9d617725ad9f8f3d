package kz.kenes.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import kz.kenes.i18n.Language;
import kz.kenes.platform.RuleViolation;

/**
 * The parsers of period and rollup codes that pages and the API take from query strings. Whatever the text, they
 * return a valid value or refuse with a {@link RuleViolation} carrying a reporting message key; nothing else
 * escapes. Seeds: {@code src/test/resources/kz/kenes/reporting/ReportingParsersFuzzTestInputs/}; longer runs:
 * {@code bench/fuzz}.
 */
class ReportingParsersFuzzTest {

	@FuzzTest(maxDuration = "5s")
	void periodCodes(FuzzedDataProvider data) {
		int year = data.consumeBoolean() ? data.consumeInt(1990, 2110) : data.consumeInt();
		String code = data.consumeRemainingAsString();
		ReportPeriod period;
		try {
			period = ReportPeriod.parse(year, code);
		}
		catch (RuleViolation e) {
			assertThat(e.messageKey()).startsWith("reporting.error.period.");
			return;
		}
		assertThat(period.year()).isEqualTo(year);
		assertThat(period.firstMonth()).isBetween(1, period.lastMonth());
		assertThat(period.lastMonth()).isBetween(period.firstMonth(), 12);
		if (period.kind() != ReportPeriod.Kind.CUSTOM) {
			assertThat(ReportPeriod.parse(year, period.code())).isEqualTo(period);
		}
		for (Language language : Language.values()) {
			assertThat(period.label(language)).contains(String.valueOf(year));
		}
		assertThat(period.dueDate()).isAfter(period.end());
	}

	@FuzzTest(maxDuration = "5s")
	void rollupFilters(FuzzedDataProvider data) {
		int year = data.consumeInt(1990, 2110);
		String period = data.consumeBoolean() ? null : data.consumeString(12);
		String by = data.consumeBoolean() ? null : data.consumeString(12);
		Long roadmap = data.consumeBoolean() ? null : data.consumeLong();
		Long direction = data.consumeBoolean() ? null : data.consumeLong();
		RollupFilter filter;
		try {
			filter = RollupFilter.parse(year, period, by, roadmap, direction, null, null, null);
		}
		catch (RuleViolation e) {
			assertThat(e.messageKey()).matches("reporting\\.error\\.(period\\.\\w+|rollup\\.by)");
			return;
		}
		assertThat(filter.by()).isNotNull();
		assertThat(filter.period().year()).isEqualTo(year);
		// the query string a page links to reads back as the same filter
		RollupFilter again = RollupFilter.parse(year, query(filter, "period"), query(filter, "by"), roadmap,
				direction, null, null, null);
		assertThat(again.by()).isEqualTo(filter.by());
		if (filter.period().kind() != ReportPeriod.Kind.CUSTOM) {
			assertThat(again.period()).isEqualTo(filter.period());
		}
		RollupFilter drilled = filter.drillInto(data.consumeLong());
		assertThat(drilled.by()).isEqualTo(RollupDimension.ITEM);
	}

	private static String query(RollupFilter filter, String name) {
		for (String pair : filter.query().split("&")) {
			if (pair.startsWith(name + "=")) {
				return pair.substring(name.length() + 1);
			}
		}
		throw new AssertionError(name + " missing from " + filter.query());
	}
}

package kz.kenes.meeting;

import kz.kenes.i18n.Language;
import kz.kenes.platform.RuleViolation;

/**
 * A review period of any length, from a month to a month, both inclusive: a month (2024-10 to 2024-10), a quarter
 * (2024-07 to 2024-09), "10 months of 2024" (2024-01 to 2024-10), a year, several years (2023-01 to 2024-12).
 * {@link #label(Language)} writes it as officials do ({@link ReportingPeriods}).
 */
public record PeriodSpan(int fromYear, int fromMonth, int toYear, int toMonth) {

	/** A review rarely spans more than a program (5 years); 10 years leaves room for long programs. */
	static final int MAX_YEARS = 10;

	public PeriodSpan {
		if (fromMonth < 1 || fromMonth > 12 || toMonth < 1 || toMonth > 12 || fromYear < 2000 || toYear > 2100
				|| fromYear * 12 + fromMonth > toYear * 12 + toMonth || toYear - fromYear >= MAX_YEARS) {
			throw new RuleViolation("meeting.error.period");
		}
	}

	/** The first N months of a year, as periods were entered before spans: "2024, 10 months". */
	public static PeriodSpan yearToDate(int year, int months) {
		return new PeriodSpan(year, 1, year, months);
	}

	/** "2024 жылдың 10 айы", "2023–2024 жылдар", "III квартал 2024 года", "October 2024", … */
	public String label(Language language) {
		return ReportingPeriods.label(this, language);
	}

	/** A month's name standing alone (қазан / октябрь / October), for choosing a period's month. */
	public static String monthName(int month, Language language) {
		return ReportingPeriods.monthName(month, language);
	}

	/** Whether it is the first N months of one year (the form year-to-date figures are reported in). */
	public boolean isYearToDate() {
		return fromYear == toYear && fromMonth == 1;
	}
}

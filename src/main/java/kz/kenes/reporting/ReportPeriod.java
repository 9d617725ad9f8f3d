package kz.kenes.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.OfficialDates;
import kz.kenes.platform.RuleViolation;

/**
 * A reporting period: a span of months within one year. A month, a quarter, a half-year, the year, or the first
 * months of a year as officials count them ("2024 жылдың 10 айы" = January..October 2024), or any custom span.
 * Figures reported for a period are year-to-date as of its last month.
 */
public record ReportPeriod(int year, int firstMonth, int lastMonth) {

	/** Monthly reports are due by this day of the following month. */
	public static final int DUE_DAY = 10;

	private static final List<String> ROMAN = List.of("I", "II", "III", "IV");

	public enum Kind {
		MONTH, QUARTER, HALF_YEAR, YEAR, MONTHS_TO_DATE, CUSTOM
	}

	public ReportPeriod {
		if (year < 2000 || year > 2100) {
			throw new RuleViolation("reporting.error.period.year");
		}
		if (firstMonth < 1 || lastMonth > 12 || firstMonth > lastMonth) {
			throw new RuleViolation("reporting.error.period.months");
		}
	}

	public static ReportPeriod month(int year, int month) {
		return new ReportPeriod(year, month, month);
	}

	public static ReportPeriod quarter(int year, int quarter) {
		return new ReportPeriod(year, quarter * 3 - 2, quarter * 3);
	}

	public static ReportPeriod wholeYear(int year) {
		return new ReportPeriod(year, 1, 12);
	}

	/** "2024, 10 months": January through the given month. */
	public static ReportPeriod monthsToDate(int year, int months) {
		return new ReportPeriod(year, 1, months);
	}

	/**
	 * A period from its short code: {@code year} (or empty) for the whole year, {@code m10} for the first 10 months,
	 * {@code q3} for the third quarter, {@code h1} for the first half-year, {@code 7} for July alone.
	 */
	public static ReportPeriod parse(int year, String code) {
		if (code == null || code.isBlank() || code.equalsIgnoreCase("year")) {
			return wholeYear(year);
		}
		// strip(), not trim(): a code of control characters alone is not blank but trims to nothing
		String c = code.strip().toLowerCase(Locale.ROOT);
		if (c.isEmpty() || c.length() > 8) {
			return invalid();
		}
		try {
			return switch (c.charAt(0)) {
				case 'm' -> monthsToDate(year, Integer.parseInt(c.substring(1)));
				case 'q' -> quarterChecked(year, Integer.parseInt(c.substring(1)));
				case 'h' -> c.equals("h1") ? new ReportPeriod(year, 1, 6)
						: c.equals("h2") ? new ReportPeriod(year, 7, 12) : invalid();
				default -> month(year, Integer.parseInt(c));
			};
		}
		catch (NumberFormatException e) {
			return invalid();
		}
	}

	private static ReportPeriod quarterChecked(int year, int quarter) {
		return quarter >= 1 && quarter <= 4 ? quarter(year, quarter) : invalid();
	}

	private static ReportPeriod invalid() {
		throw new RuleViolation("reporting.error.period.code");
	}

	/** The short code {@link #parse} reads back. */
	public String code() {
		return switch (kind()) {
			case YEAR -> "year";
			case MONTHS_TO_DATE -> "m" + lastMonth;
			case QUARTER -> "q" + (lastMonth / 3);
			case HALF_YEAR -> lastMonth == 6 ? "h1" : "h2";
			case MONTH -> String.valueOf(lastMonth);
			case CUSTOM -> firstMonth + "-" + lastMonth;
		};
	}

	public Kind kind() {
		if (firstMonth == 1 && lastMonth == 12) {
			return Kind.YEAR;
		}
		if (firstMonth == lastMonth) {
			return Kind.MONTH;
		}
		if (lastMonth - firstMonth == 2 && firstMonth % 3 == 1) {
			return Kind.QUARTER;
		}
		if (lastMonth - firstMonth == 5 && (firstMonth == 1 || firstMonth == 7)) {
			return Kind.HALF_YEAR;
		}
		return firstMonth == 1 ? Kind.MONTHS_TO_DATE : Kind.CUSTOM;
	}

	public LocalDate start() {
		return LocalDate.of(year, firstMonth, 1);
	}

	public LocalDate end() {
		return YearMonth.of(year, lastMonth).atEndOfMonth();
	}

	/** Reports are due by the 10th of the month after the period. */
	public LocalDate dueDate() {
		return YearMonth.of(year, lastMonth).plusMonths(1).atDay(DUE_DAY);
	}

	public boolean covers(LocalDate date) {
		return date.getYear() == year && date.getMonthValue() >= firstMonth && date.getMonthValue() <= lastMonth;
	}

	/** The period as officials write it: "2024 жылдың 10 айы", "за 10 месяцев 2024 года". */
	public String label(Language language) {
		return switch (language) {
			case KK -> kazakh();
			case RU -> russian();
			case EN -> english();
		};
	}

	private String kazakh() {
		return switch (kind()) {
			case YEAR -> year + " жыл";
			case MONTHS_TO_DATE -> year + " жылдың " + lastMonth + " айы";
			case QUARTER -> year + " жылғы " + ROMAN.get(lastMonth / 3 - 1) + " тоқсан";
			case HALF_YEAR -> year + " жылғы " + (lastMonth == 6 ? "I" : "II") + " жартыжылдық";
			case MONTH -> year + " жылғы " + OfficialDates.kazakhMonth(lastMonth);
			case CUSTOM -> year + " жылғы " + OfficialDates.kazakhMonth(firstMonth) + "–"
					+ OfficialDates.kazakhMonth(lastMonth);
		};
	}

	private String russian() {
		return switch (kind()) {
			case YEAR -> year + " год";
			case MONTHS_TO_DATE -> lastMonth + " " + russianMonths(lastMonth) + " " + year + " года";
			case QUARTER -> ROMAN.get(lastMonth / 3 - 1) + " квартал " + year + " года";
			case HALF_YEAR -> (lastMonth == 6 ? "I" : "II") + " полугодие " + year + " года";
			case MONTH -> monthName(lastMonth, Language.RU) + " " + year + " года";
			case CUSTOM -> monthName(firstMonth, Language.RU) + "–" + monthName(lastMonth, Language.RU) + " " + year
					+ " года";
		};
	}

	private String english() {
		return switch (kind()) {
			case YEAR -> String.valueOf(year);
			case MONTHS_TO_DATE -> lastMonth + " months of " + year;
			case QUARTER -> "Q" + (lastMonth / 3) + " " + year;
			case HALF_YEAR -> "H" + (lastMonth == 6 ? 1 : 2) + " " + year;
			case MONTH -> monthName(lastMonth, Language.EN) + " " + year;
			case CUSTOM -> monthName(firstMonth, Language.EN) + "–" + monthName(lastMonth, Language.EN) + " " + year;
		};
	}

	/** 2–4 месяца, 5–11 месяцев (a count of months here is never 1 or above 12). */
	private static String russianMonths(int n) {
		return n >= 2 && n <= 4 ? "месяца" : "месяцев";
	}

	private static String monthName(int month, Language language) {
		return java.time.Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, language.locale()).toLowerCase(
				language.locale()).transform(s -> language == Language.EN ? capitalize(s) : s);
	}

	private static String capitalize(String s) {
		return Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	@Override
	public String toString() {
		return year + ":" + firstMonth + "-" + lastMonth;
	}
}

package kz.kenes.meeting;

import kz.kenes.i18n.Language;

/** A reporting period (a year and its first N months) as officials write it. */
final class ReportingPeriods {

	private ReportingPeriods() {
	}

	/** The last year figures are taken for: the period's, or the day's when there is no period. */
	static int lastYear(Integer periodYear, java.time.LocalDate asOf) {
		return periodYear == null ? asOf.getYear() : Math.min(periodYear, asOf.getYear());
	}

	/** How many months of that last year: the period's, else the whole year. */
	static int lastMonths(Integer periodYear, Integer periodMonths, java.time.LocalDate asOf) {
		return periodYear == null || periodMonths == null || periodYear > asOf.getYear() ? 12 : periodMonths;
	}

	static String label(int year, int months, Language language) {
		if (months == 12) {
			return switch (language) {
				case KK -> year + " жыл";
				case RU -> year + " год";
				case EN -> String.valueOf(year);
			};
		}
		return switch (language) {
			// the seed: «2024 жылдың 10 айындағы орындалуы»
			case KK -> year + " жылдың " + months + " айы";
			case RU -> months + " " + russianMonths(months) + " " + year + " года";
			case EN -> months + (months == 1 ? " month of " : " months of ") + year;
		};
	}

	private static String russianMonths(int n) {
		int mod10 = n % 10;
		int mod100 = n % 100;
		if (mod10 == 1 && mod100 != 11) {
			return "месяц";
		}
		if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
			return "месяца";
		}
		return "месяцев";
	}
}

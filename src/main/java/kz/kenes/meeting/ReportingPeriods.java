package kz.kenes.meeting;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.OfficialDates;

/** A reporting period as officials write it, from a month to several years. */
final class ReportingPeriods {

	/** Roman quarter numbers; Kazakh texts type them with the Cyrillic letter І, Russian ones with the Latin I. */
	private static final String[] QUARTERS_KK = { "І", "ІІ", "ІІІ", "ІV" };
	private static final String[] QUARTERS = { "I", "II", "III", "IV" };
	private static final String[] RU_MONTHS = { "январь", "февраль", "март", "апрель", "май", "июнь", "июль",
			"август", "сентябрь", "октябрь", "ноябрь", "декабрь" };
	private static final String[] EN_MONTHS = { "January", "February", "March", "April", "May", "June", "July",
			"August", "September", "October", "November", "December" };

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

	/** The first N months of a year. */
	static String label(int year, int months, Language language) {
		return label(PeriodSpan.yearToDate(year, months), language);
	}

	static String label(PeriodSpan p, Language language) {
		if (p.fromYear() != p.toYear()) {
			if (p.fromMonth() == 1 && p.toMonth() == 12) {
				return switch (language) {
					// «2023–2024 жылдар» / «2023–2024 годы»
					case KK -> p.fromYear() + "–" + p.toYear() + " жылдар";
					case RU -> p.fromYear() + "–" + p.toYear() + " годы";
					case EN -> p.fromYear() + "–" + p.toYear();
				};
			}
			return switch (language) {
				case KK -> p.fromYear() + " жылғы " + OfficialDates.kazakhMonth(p.fromMonth()) + " – " + p.toYear()
						+ " жылғы " + OfficialDates.kazakhMonth(p.toMonth());
				case RU -> RU_MONTHS[p.fromMonth() - 1] + " " + p.fromYear() + " года – " + RU_MONTHS[p.toMonth() - 1]
						+ " " + p.toYear() + " года";
				case EN -> EN_MONTHS[p.fromMonth() - 1] + " " + p.fromYear() + " – " + EN_MONTHS[p.toMonth() - 1] + " "
						+ p.toYear();
			};
		}
		int year = p.toYear();
		int from = p.fromMonth();
		int to = p.toMonth();
		if (from == 1 && to == 12) {
			return switch (language) {
				case KK -> year + " жыл";
				case RU -> year + " год";
				case EN -> String.valueOf(year);
			};
		}
		if (from == to) {
			return switch (language) {
				// «2024 жылғы қазан» / «октябрь 2024 года»
				case KK -> year + " жылғы " + OfficialDates.kazakhMonth(from);
				case RU -> RU_MONTHS[from - 1] + " " + year + " года";
				case EN -> EN_MONTHS[from - 1] + " " + year;
			};
		}
		if (from % 3 == 1 && to == from + 2) {
			int q = from / 3;
			return switch (language) {
				// «2024 жылдың ІІІ тоқсаны» / «III квартал 2024 года»
				case KK -> year + " жылдың " + QUARTERS_KK[q] + " тоқсаны";
				case RU -> QUARTERS[q] + " квартал " + year + " года";
				case EN -> "Q" + (q + 1) + " " + year;
			};
		}
		if (from == 1) {
			return switch (language) {
				// the seed: «2024 жылдың 10 айындағы орындалуы»
				case KK -> year + " жылдың " + to + " айы";
				case RU -> to + " " + russianMonths(to) + " " + year + " года";
				case EN -> to + (to == 1 ? " month of " : " months of ") + year;
			};
		}
		return switch (language) {
			// «2024 жылғы наурыз – мамыр» / «март – май 2024 года»
			case KK -> year + " жылғы " + OfficialDates.kazakhMonth(from) + " – " + OfficialDates.kazakhMonth(to);
			case RU -> RU_MONTHS[from - 1] + " – " + RU_MONTHS[to - 1] + " " + year + " года";
			case EN -> EN_MONTHS[from - 1] + " – " + EN_MONTHS[to - 1] + " " + year;
		};
	}

	static String monthName(int month, Language language) {
		return switch (language) {
			case KK -> OfficialDates.kazakhMonth(month);
			case RU -> RU_MONTHS[month - 1];
			case EN -> EN_MONTHS[month - 1];
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

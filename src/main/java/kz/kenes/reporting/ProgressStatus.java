package kz.kenes.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

import kz.kenes.i18n.Language;

/**
 * The status of an indicator or item in a year, computed from its planned value, the accepted year-to-date actual,
 * its due date and the as-of date, never typed. In the words officials use (texts in reporting*.properties):
 * <ul>
 * <li>{@link #DONE}: орындалды / исполнено;</li>
 * <li>{@link #ON_TRACK}, {@link #BEHIND}: орындалу сатысында / на стадии реализации, judged pro rata: by the as-of
 * date, the actual must have reached the planned value times the share of the year's working span elapsed;</li>
 * <li>{@link #NOT_DONE}: орындалмады / не исполнено, the due date passed short of the planned value (an as-of
 * date means the end of that day, so a figure as of the due date itself is final);</li>
 * <li>{@link #PROBLEM}: проблемалық / проблемное, short again after falling short the year before, i.e. behind for
 * more than one reporting year.</li>
 * </ul>
 * Declared from best to worst: an item takes the worst status of its indicators.
 */
public enum ProgressStatus {

	/** No planned value for the year: nothing to judge. */
	NO_TARGET, DONE, ON_TRACK, BEHIND, NOT_DONE, PROBLEM;

	/**
	 * @param planned the planned value for the year (null or zero: no target)
	 * @param actual the accepted year-to-date actual (null: nothing reported yet, counts as zero)
	 * @param start the first day of the span the plan covers (1 January of the year)
	 * @param dueOn the last day (the item's deadline within the year, else 31 December)
	 * @param asOf the day the status is judged on (a period's last day, a meeting day, today)
	 * @param shortLastYear whether the item ended the previous year not done
	 */
	public static ProgressStatus of(BigDecimal planned, BigDecimal actual, LocalDate start, LocalDate dueOn,
			LocalDate asOf, boolean shortLastYear) {
		if (planned == null || planned.signum() <= 0) {
			return NO_TARGET;
		}
		BigDecimal done = actual == null ? BigDecimal.ZERO : actual;
		if (done.compareTo(planned) >= 0) {
			return DONE;
		}
		ProgressStatus status;
		if (!asOf.isBefore(dueOn)) {
			status = NOT_DONE;
		}
		else {
			long total = ChronoUnit.DAYS.between(start, dueOn) + 1;
			long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, asOf) + 1));
			// actual / planned >= elapsed / total, without division
			boolean onTrack = done.multiply(BigDecimal.valueOf(total))
				.compareTo(planned.multiply(BigDecimal.valueOf(elapsed))) >= 0;
			status = onTrack ? ON_TRACK : BEHIND;
		}
		return shortLastYear ? PROBLEM : status;
	}

	/** The worst of several statuses (an item's from its indicators); NO_TARGET when there are none. */
	public static ProgressStatus worst(Collection<ProgressStatus> statuses) {
		return statuses.stream().max(Enum::compareTo).orElse(NO_TARGET);
	}

	/** "In progress" in the officials' three-way count (on track or behind). */
	public boolean inProgress() {
		return this == ON_TRACK || this == BEHIND;
	}

	public String messageKey() {
		return "reporting.status." + name();
	}

	/** For templates: the Bootstrap colour of the badge. */
	public String tone() {
		return switch (this) {
			case DONE -> "success";
			case ON_TRACK -> "primary";
			case BEHIND -> "warning";
			case NOT_DONE, PROBLEM -> "danger";
			case NO_TARGET -> "secondary";
		};
	}

	/** The status in a language without a message source (documents, the API). */
	public String label(Language language) {
		return switch (this) {
			case DONE -> language.pick("орындалды", "исполнено", "done");
			case ON_TRACK -> language.pick("орындалу сатысында (кестеге сай)", "на стадии реализации (по графику)",
					"in progress (on track)");
			case BEHIND -> language.pick("орындалу сатысында (кестеден қалып отыр)",
					"на стадии реализации (с отставанием)", "in progress (behind)");
			case NOT_DONE -> language.pick("орындалмады", "не исполнено", "not done");
			case PROBLEM -> language.pick("проблемалық іс-шара", "проблемное мероприятие", "problem item");
			case NO_TARGET -> language.pick("жоспар жоқ", "план не установлен", "no target");
		};
	}
}

package kz.kenes.roadmap;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kz.kenes.i18n.Language;

/**
 * Roadmap values as officials write them, in a language: deadlines ("31.12.2024", "Жыл сайын (2027 жылға дейін)"),
 * amounts in tenge ("1 840 000 000"), planned values without trailing zeros, and the labels of completion forms,
 * funding sources and units. Also reads a deadline back from such text (Excel import). Bean {@code roadmapTexts}.
 */
@Component("roadmapTexts")
public class RoadmapTexts {

	/** Official date form in plans: 31.12.2024. */
	public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
	private static final Pattern YEAR = Pattern.compile("(20\\d\\d|21\\d\\d)");

	private final MessageSource messages;
	private volatile Map<String, DeadlineKind> recurrenceLabels;

	RoadmapTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String deadline(Deadline deadline, Language language) {
		if (deadline == null) {
			return "";
		}
		if (deadline.kind() == DeadlineKind.DATE) {
			return DATE.format(deadline.date());
		}
		return msg("roadmap.deadline.until", language, label(deadline.kind(), language),
				String.valueOf(deadline.endYear()));
	}

	/** Reads "31.12.2024", "2024-12-31" or a recurrence label with its end year, in any of the three languages. */
	public Optional<Deadline> parseDeadline(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.trim();
		for (DateTimeFormatter format : new DateTimeFormatter[] { DATE, DateTimeFormatter.ISO_LOCAL_DATE }) {
			try {
				return Optional.of(Deadline.on(LocalDate.parse(t, format)));
			}
			catch (DateTimeParseException e) {
				// try the next form
			}
		}
		String lower = t.toLowerCase(Locale.ROOT);
		Matcher year = YEAR.matcher(t);
		if (!year.find()) {
			return Optional.empty();
		}
		for (Map.Entry<String, DeadlineKind> label : recurrenceLabels().entrySet()) {
			if (lower.startsWith(label.getKey())) {
				return Optional.of(Deadline.recurring(label.getValue(), Integer.parseInt(year.group(1))));
			}
		}
		return Optional.empty();
	}

	/** "жыл сайын", "ежегодно", "annually", … in lower case (the bundles do not change while running). */
	private Map<String, DeadlineKind> recurrenceLabels() {
		Map<String, DeadlineKind> labels = recurrenceLabels;
		if (labels == null) {
			labels = new LinkedHashMap<>();
			for (DeadlineKind kind : DeadlineKind.values()) {
				if (kind.recurring()) {
					for (Language language : Language.values()) {
						labels.put(label(kind, language).toLowerCase(Locale.ROOT), kind);
					}
				}
			}
			recurrenceLabels = labels;
		}
		return labels;
	}

	public String label(DeadlineKind kind, Language language) {
		return msg("roadmap.deadline." + kind.name(), language);
	}

	public String label(CompletionForm form, Language language) {
		return form == null ? "" : msg("roadmap.form." + form.name(), language);
	}

	public String label(FundingSource source, Language language) {
		return source == null ? "" : msg("roadmap.funding." + source.name(), language);
	}

	public String label(IndicatorUnit unit, Language language) {
		return unit == null ? "" : msg("roadmap.unit." + unit.name(), language);
	}

	/** An amount in tenge with thin groups of three: 1 840 000 000 (no currency sign; headers say ₸). */
	public String money(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		symbols.setGroupingSeparator('\u00a0');
		symbols.setDecimalSeparator(',');
		return new DecimalFormat("#,##0.##", symbols).format(amount);
	}

	/** A planned or actual value: 20, 5 000, 7,5. */
	public String value(BigDecimal value) {
		return money(value);
	}

	private String msg(String key, Language language, Object... args) {
		return messages.getMessage(key, args, key, language.locale());
	}
}

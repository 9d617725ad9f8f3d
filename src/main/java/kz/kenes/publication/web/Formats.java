package kz.kenes.publication.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import kz.kenes.i18n.KazakhGrammar;
import kz.kenes.i18n.KazakhNumerals;
import kz.kenes.i18n.Language;
import kz.kenes.i18n.OfficialDates;
import kz.kenes.i18n.Plurals;

/** Date prose for this module's pages ({@code ${fmt.date(instant)}}), in the page's language. */
@ControllerAdvice(basePackageClasses = Formats.class, annotations = Controller.class)
class Formats {

	static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

	private final MessageSource messages;

	Formats(MessageSource messages) {
		this.messages = messages;
	}

	@ModelAttribute("fmt")
	Formatter formatter(Language language) {
		return new Formatter(language, messages);
	}

	record Formatter(Language language, MessageSource messages) {

		/**
		 * A count with its noun from an ICU plural pattern in the bundle: Kazakh keeps the noun singular
		 * (35 қаралым), Russian takes one of three forms (1 просмотр, 3 просмотра, 35 просмотров).
		 */
		public String count(long number, String key) {
			// Read without arguments, so that Spring does not run the ICU pattern through java.text.MessageFormat.
			return Plurals.format(messages.getMessage(key, null, language.locale()), language, number);
		}

		/** A date as a heading shows it: "2024 жылғы 15 қараша", "15 ноября 2024 года", "15 November 2024". */
		public String date(Instant instant) {
			return instant == null ? "" : date(instant.atZone(ZONE).toLocalDate());
		}

		public String date(LocalDate date) {
			if (date == null) {
				return "";
			}
			return switch (language) {
				case KK -> date.getYear() + " жылғы " + date.getDayOfMonth() + " " + OfficialDates.kazakhMonth(date.getMonthValue());
				default -> OfficialDates.format(date, language);
			};
		}

		/** "until" a date: Kazakh puts the date in the dative before дейін (5 желтоқсанға дейін). */
		public String until(LocalDate date) {
			return language == Language.KK ? KazakhGrammar.inflect(date(date), KazakhNumerals.Case.DATIVE) : date(date);
		}

		public String iso(Instant instant) {
			return instant == null ? "" : instant.toString();
		}
	}
}

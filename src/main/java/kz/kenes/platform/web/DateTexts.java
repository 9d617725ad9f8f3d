package kz.kenes.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.OfficialDates;

/** Official prose dates in the request's language for templates: {@code ${@dates.official(d)}}. */
@Component("dates")
public class DateTexts {

	private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	public String official(LocalDate date) {
		return date == null ? "" : OfficialDates.format(date, Language.of(LocaleContextHolder.getLocale()));
	}

	/** "15.11.2024", as tables in Kazakhstan write dates in every language. */
	public String numeric(LocalDate date) {
		return date == null ? "" : NUMERIC.format(date);
	}
}

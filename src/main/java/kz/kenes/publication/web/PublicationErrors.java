package kz.kenes.publication.web;

import java.io.IOException;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import kz.kenes.i18n.Language;
import kz.kenes.platform.RuleViolation;

/**
 * Errors of this module's screens: a missing page is a 404, a stale form or a step not allowed now a 409 (the
 * application's error page, in the reader's language); a refused rule a 422 with its reason. Never a 500.
 */
@ControllerAdvice(basePackageClasses = PublicationErrors.class, annotations = Controller.class)
class PublicationErrors {

	private final MessageSource messages;

	PublicationErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NoSuchElementException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(404);
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, IllegalStateException.class })
	void conflict(HttpServletResponse response) throws IOException {
		response.sendError(409);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void badRequest(HttpServletResponse response) throws IOException {
		response.sendError(400);
	}

	@ExceptionHandler(RuleViolation.class)
	String rule(RuleViolation e, HttpServletResponse response, Model model) {
		response.setStatus(422);
		model.addAttribute("language", Language.of(LocaleContextHolder.getLocale()));
		model.addAttribute("detail", message(messages, e));
		return "publication/problem";
	}

	static String message(MessageSource messages, RuleViolation e) {
		return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale());
	}
}

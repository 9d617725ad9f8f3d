package kz.kenes.meeting.web;

import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.kenes.platform.RuleViolation;
import kz.kenes.platform.web.LocalReferer;

/**
 * How the pages of meetings, proposals and party control answer a refused change: back to the page the form came
 * from, with the reason in the user's language and nothing changed. (One advice for the three modules' pages, matched
 * by package name, so that they behave alike; the REST API lives in the {@code api} packages and answers with problem
 * details instead.)
 */
@ControllerAdvice(basePackages = { "kz.kenes.meeting.web", "kz.kenes.proposal.web", "kz.kenes.control.web" })
class StaffPageErrors {

	private final MessageSource messages;

	StaffPageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RuleViolation.class)
	String ruleViolation(RuleViolation e, HttpServletRequest request, RedirectAttributes redirect) {
		return back(request, redirect,
				messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String conflict(HttpServletRequest request, RedirectAttributes redirect) {
		return back(request, redirect, messages.getMessage("error.conflict", null, LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler({ IllegalArgumentException.class, MethodArgumentTypeMismatchException.class,
			org.springframework.web.bind.MissingServletRequestParameterException.class })
	ModelAndView badInput(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect)
			throws java.io.IOException {
		String referer = LocalReferer.path(request);
		if ("GET".equals(request.getMethod()) && (referer == null || referer.startsWith(request.getRequestURI() + "?")
				|| referer.equals(request.getRequestURI()))) {
			// an address that cannot be read (/meetings/abc): the error page, not a redirect to itself
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return new ModelAndView();
		}
		return new ModelAndView(back(request, redirect,
				messages.getMessage("error.badRequest", null, LocaleContextHolder.getLocale())));
	}

	/** The container's error page (with the usual layout) says it in the user's language. */
	@ExceptionHandler(NoSuchElementException.class)
	void notFound(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	/** Back to the form's page on this site (never to another host the Referer may name), else this address. */
	private static String back(HttpServletRequest request, RedirectAttributes redirect, String message) {
		redirect.addFlashAttribute("error", message);
		String referer = LocalReferer.path(request);
		return "redirect:" + (referer != null ? referer : request.getRequestURI());
	}
}

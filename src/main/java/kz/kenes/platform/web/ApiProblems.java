package kz.kenes.platform.web;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import kz.kenes.platform.RequestTooBroad;
import kz.kenes.platform.RuleViolation;
import kz.kenes.platform.TooManyRequests;

/**
 * Errors of the REST API as RFC 9457 problem details, with titles in the caller's language.
 * Domain code throws plain exceptions: {@link IllegalArgumentException} (400), {@link IllegalStateException} (409,
 * a transition not allowed from the current state), {@link NoSuchElementException} (404), optimistic locking
 * and other concurrent-write failures (409 conflict), {@link AccessDeniedException} (403).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A stale version (optimistic locking), and what two clients racing for the same thing meet in the database: a
	 * unique key the other just took (two opening the same report), a deadlock or lock timeout the database broke.
	 * Nothing was written; the client reloads and decides again.
	 */
	@ExceptionHandler({ ConcurrencyFailureException.class, DuplicateKeyException.class })
	ProblemDetail conflict(RuntimeException e) {
		return problem(HttpStatus.CONFLICT, "error.conflict", null);
	}

	@ExceptionHandler(RuleViolation.class)
	ProblemDetail ruleViolation(RuleViolation e) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "error.validation", null);
		problem.setDetail(messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
		problem.setProperty("code", e.messageKey());
		return problem;
	}

	@ExceptionHandler(RequestTooBroad.class)
	ProblemDetail tooBroad(RequestTooBroad e) {
		ProblemDetail problem = ruleViolation(e);
		problem.setStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(messages.getMessage("error.badRequest", null, LocaleContextHolder.getLocale()));
		return problem;
	}

	@ExceptionHandler(TooManyRequests.class)
	ResponseEntity<ProblemDetail> tooMany(TooManyRequests e) {
		ProblemDetail problem = ruleViolation(e);
		problem.setStatus(HttpStatus.TOO_MANY_REQUESTS);
		problem.setTitle(messages.getMessage("error.tooManyRequests", null, LocaleContextHolder.getLocale()));
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())))
			.body(problem);
	}

	@ExceptionHandler(IllegalStateException.class)
	ProblemDetail illegalState(IllegalStateException e) {
		return problem(HttpStatus.CONFLICT, "error.conflict.state", e.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException e) {
		return problem(HttpStatus.BAD_REQUEST, "error.badRequest", e.getMessage());
	}

	@ExceptionHandler(NoSuchElementException.class)
	ProblemDetail notFound(NoSuchElementException e) {
		return problem(HttpStatus.NOT_FOUND, "error.notFound", e.getMessage());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException e) {
		return problem(HttpStatus.FORBIDDEN, "error.forbidden", null);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.validation", null);
		Map<String, String> errors = ex.getBindingResult().getFieldErrors().stream()
			.collect(Collectors.toMap(FieldError::getField,
					f -> messages.getMessage(f, LocaleContextHolder.getLocale()), (a, b) -> a));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	private ProblemDetail problem(HttpStatus status, String titleKey, String detail) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(messages.getMessage(titleKey, null, status.getReasonPhrase(), LocaleContextHolder.getLocale()));
		if (detail != null) {
			problem.setDetail(detail);
		}
		return problem;
	}
}

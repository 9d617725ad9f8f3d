package kz.kenes.organization.web;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

import kz.kenes.platform.RuleViolation;

/** Runs a change for a form and turns the refusals a user can fix into form errors in their language. */
final class FormErrors {

	private FormErrors() {
	}

	/** The result of the change, or empty when it was refused (the reason is then in the binding result). */
	static <T> Optional<T> attempt(BindingResult binding, Supplier<T> change) {
		if (binding.hasErrors()) {
			return Optional.empty();
		}
		try {
			return Optional.of(change.get());
		}
		catch (OptimisticLockingFailureException e) {
			binding.reject("error.conflict");
		}
		catch (RuleViolation e) {
			binding.reject(e.messageKey(), e.args(), e.messageKey());
		}
		return Optional.empty();
	}
}

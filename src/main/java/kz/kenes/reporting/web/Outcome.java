package kz.kenes.reporting.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.kenes.platform.RuleViolation;

/**
 * Runs a change from a form and redirects back: on success with a "saved" note, on a rule violation with its
 * message (in the user's language), on a concurrent edit with {@code error.conflict}. Nothing is half-saved: each
 * change is one transaction.
 */
final class Outcome {

	private Outcome() {
	}

	static String attempt(RedirectAttributes redirect, String target, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("savedKey", "reporting.saved");
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("errorKey", e.messageKey());
			redirect.addFlashAttribute("errorArgs", e.args());
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("errorKey", "error.conflict");
			redirect.addFlashAttribute("errorArgs", new Object[0]);
		}
		return "redirect:" + target;
	}
}

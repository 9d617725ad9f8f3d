package kz.kenes.platform;

/**
 * A domain rule refused an action; the message is a key in the module's i18n bundle so that the API (problem
 * detail) and the UI (page message) both tell the user why, in their language. Maps to 422 in the API.
 */
public class RuleViolation extends RuntimeException {

	private final String messageKey;
	private final transient Object[] args;

	public RuleViolation(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}
}

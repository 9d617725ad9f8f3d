package kz.kenes.platform;

/**
 * A request that asks for more than one answer may hold (every item of the country in one list, thousands of ids at
 * once): refused with its reason before any work is done. Maps to 400 in the API.
 */
public class RequestTooBroad extends RuleViolation {

	public RequestTooBroad(String messageKey, Object... args) {
		super(messageKey, args);
	}
}

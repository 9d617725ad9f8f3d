package kz.kenes.meeting;

/** орындалуда / на исполнении, орындалды / исполнено, күшін жойды / снято. */
public enum DecisionStatus {
	OPEN, DONE, CANCELLED
}

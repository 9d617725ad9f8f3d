package kz.kenes.meeting;

/** Бетпе-бет / очно, онлайн, аралас / смешанный. */
public enum MeetingFormat {
	IN_PERSON, ONLINE, MIXED;

	boolean needsPlace() {
		return this != ONLINE;
	}

	boolean needsLink() {
		return this != IN_PERSON;
	}
}

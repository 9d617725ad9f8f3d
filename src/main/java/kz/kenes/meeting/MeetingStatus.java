package kz.kenes.meeting;

/** жоспарланған → өтті → хаттамаға қол қойылды (or cancelled while still planned). */
public enum MeetingStatus {
	PLANNED, HELD, PROTOCOL_SIGNED, CANCELLED;

	/** Held meetings are public: their record, decisions and proposals. */
	public boolean isPublic() {
		return this == HELD || this == PROTOCOL_SIGNED;
	}
}

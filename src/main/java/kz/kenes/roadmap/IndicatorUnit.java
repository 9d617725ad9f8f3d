package kz.kenes.roadmap;

/** What an indicator counts. */
public enum IndicatorUnit {
	EVENTS, PARTICIPANTS, PEOPLE, FACILITIES, PERCENT, UNITS, DOCUMENTS,
	/** amounts in tenge (₸) */
	TENGE
}

package kz.kenes.organization;

/**
 * The level of a territory a body serves: it decides official titles (облыс әкімі / аким области, аудан әкімі /
 * аким района). A city of republican significance such as Shymkent is a CITY whose akimat sits at the top.
 */
public enum OrgLevel {
	/** республикалық / республиканский: the party, Parliament. */
	REPUBLIC,
	/** облыс / область */
	REGION,
	/** қала / город */
	CITY,
	/** аудан / район */
	DISTRICT,
	/** ауылдық округ / сельский округ */
	RURAL_DISTRICT
}

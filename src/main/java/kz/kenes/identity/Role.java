package kz.kenes.identity;

/** What a user may do within an org unit and everything below it. */
public enum Role {
	/** Org structure, users, roles, languages. Held at the root. */
	ADMIN,
	/** Branch executive secretary or council secretary: keeps the roadmap, calls meetings, reviews reports. */
	SECRETARY,
	/** Council chair or member: reads progress, raises proposals. */
	MEMBER,
	/** Department (executor) staff: logs activities and submits reports. */
	REPORTER
}

package kz.kenes.reporting;

/** Who took part in an activity. */
public enum Audience {
	GENERAL, YOUTH, CHILDREN, WOMEN, FAMILIES, ELDERLY, PEOPLE_WITH_DISABILITIES, OFFICIALS
}

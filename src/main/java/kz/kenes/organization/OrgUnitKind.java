package kz.kenes.organization;

public enum OrgUnitKind {
	PARTY, REGIONAL_BRANCH, CITY_BRANCH, DISTRICT_BRANCH, COUNCIL, CONTROL_COMMISSION, AKIMAT, DEPARTMENT, NGO;

	/** Branches and akimats start a region: their subtree shares their region key. */
	boolean startsRegion() {
		return this == REGIONAL_BRANCH || this == CITY_BRANCH || this == AKIMAT;
	}
}

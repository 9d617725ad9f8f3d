package kz.kenes.organization;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an org unit is. Each kind knows which kinds it may sit under ({@link #mayBeUnder}) and, for bodies of a
 * territory, which levels it may have ({@link #levels()}).
 */
public enum OrgUnitKind {
	PARTY, REGIONAL_BRANCH, CITY_BRANCH, DISTRICT_BRANCH, COUNCIL, CONTROL_COMMISSION, AKIMAT, DEPARTMENT, NGO,
	/** мәслихат / маслихат: the elected local assembly of a region, city or district. */
	MASLIKHAT,
	/** партия фракциясы / фракция партии, in a maslikhat or in a chamber of Parliament. */
	FACTION,
	/** Мәжіліс or Сенат / Мажилис or Сенат of the Parliament. */
	PARLIAMENT_CHAMBER,
	/** ауылдық округ әкімінің аппараты / аппарат акима сельского округа: a level below the district. */
	RURAL_AKIMAT,
	/** филиал бюросы / бюро филиала: the bureau of a party branch. */
	BUREAU,
	/** State institutions and enterprises that host events: a school, a college, a hospital. */
	INSTITUTION;

	private static final Set<OrgUnitKind> BRANCHES = EnumSet.of(PARTY, REGIONAL_BRANCH, CITY_BRANCH, DISTRICT_BRANCH);

	/**
	 * Branches, akimats and maslikhats start a region when they are not already inside one: their subtree shares
	 * their region key (a city branch under a regional branch stays in the region of that branch).
	 */
	boolean startsRegion() {
		return this == REGIONAL_BRANCH || this == CITY_BRANCH || this == AKIMAT || this == MASLIKHAT;
	}

	/** Whether a unit of this kind may sit under a unit of the given kind ({@code null}: at the top of the tree). */
	public boolean mayBeUnder(OrgUnitKind parent) {
		return parent == null ? mayBeRoot() : parents().contains(parent);
	}

	private boolean mayBeRoot() {
		return switch (this) {
			case PARTY, AKIMAT, NGO, MASLIKHAT, PARLIAMENT_CHAMBER, INSTITUTION -> true;
			default -> false;
		};
	}

	/** The kinds a unit of this kind may sit under. */
	public Set<OrgUnitKind> parents() {
		return switch (this) {
			case PARTY, PARLIAMENT_CHAMBER -> EnumSet.noneOf(OrgUnitKind.class);
			case REGIONAL_BRANCH -> EnumSet.of(PARTY);
			// cities of republican significance (Shymkent) have their branch right under the party
			case CITY_BRANCH -> EnumSet.of(PARTY, REGIONAL_BRANCH);
			case DISTRICT_BRANCH -> EnumSet.of(REGIONAL_BRANCH, CITY_BRANCH);
			// public councils of a branch, and of an akimat or maslikhat; a council may have sections
			case COUNCIL -> EnumSet.of(PARTY, REGIONAL_BRANCH, CITY_BRANCH, DISTRICT_BRANCH, AKIMAT, MASLIKHAT, COUNCIL);
			case BUREAU, CONTROL_COMMISSION -> EnumSet.copyOf(BRANCHES);
			// a city's or district's akimat may be kept under its region's akimat
			case AKIMAT -> EnumSet.of(AKIMAT);
			case RURAL_AKIMAT -> EnumSet.of(AKIMAT);
			case DEPARTMENT -> EnumSet.of(AKIMAT, RURAL_AKIMAT, DEPARTMENT, MASLIKHAT);
			case MASLIKHAT -> EnumSet.of(MASLIKHAT);
			case FACTION -> EnumSet.of(MASLIKHAT, PARLIAMENT_CHAMBER);
			case INSTITUTION -> EnumSet.of(AKIMAT, RURAL_AKIMAT, DEPARTMENT);
			case NGO -> EnumSet.of(NGO);
		};
	}

	/** The levels a unit of this kind may have: several for akimats and maslikhats, one where the kind says it. */
	public Set<OrgLevel> levels() {
		return switch (this) {
			case PARTY, PARLIAMENT_CHAMBER -> EnumSet.of(OrgLevel.REPUBLIC);
			case REGIONAL_BRANCH -> EnumSet.of(OrgLevel.REGION);
			case CITY_BRANCH -> EnumSet.of(OrgLevel.CITY);
			case DISTRICT_BRANCH -> EnumSet.of(OrgLevel.DISTRICT);
			case RURAL_AKIMAT -> EnumSet.of(OrgLevel.RURAL_DISTRICT);
			case AKIMAT, MASLIKHAT -> EnumSet.of(OrgLevel.REGION, OrgLevel.CITY, OrgLevel.DISTRICT);
			default -> EnumSet.noneOf(OrgLevel.class);
		};
	}

	/** Whether a party branch (the party itself included). */
	public boolean isBranch() {
		return BRANCHES.contains(this);
	}
}

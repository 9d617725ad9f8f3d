package kz.kenes.organization;

import java.util.EnumSet;
import java.util.Set;

/**
 * The post a person holds in an org unit. Official titles in kk/ru/en are composed by {@link PostTitles}; a post
 * tied to one kind of body ({@link #fitsIn}) is refused elsewhere, and {@link #seniority()} orders posts from the
 * most senior.
 */
public enum Post {
	/** төраға / председатель */
	CHAIR(30),
	DEPUTY_CHAIR(45),
	/** атқарушы хатшы / исполнительный секретарь (of a party branch) */
	EXECUTIVE_SECRETARY(30),
	/** хатшы / секретарь (of a council) */
	SECRETARY(70),
	MEMBER(80),
	/** басқарма басшысы / руководитель управления */
	HEAD_OF_DEPARTMENT(50),
	/** басқарма басшысының орынбасары / заместитель руководителя управления */
	DEPUTY_HEAD(60),
	SPECIALIST(90),
	LEADER(55),
	/** әкім / аким, of a region, city, district or rural district */
	AKIM(10, OrgUnitKind.AKIMAT, OrgUnitKind.RURAL_AKIMAT),
	/** әкімнің орынбасары / заместитель акима */
	DEPUTY_AKIM(25, OrgUnitKind.AKIMAT, OrgUnitKind.RURAL_AKIMAT),
	/** мәслихат депутаты / депутат маслихата */
	MASLIKHAT_DEPUTY(65, OrgUnitKind.MASLIKHAT),
	/** мәслихат хатшысы / секретарь маслихата */
	MASLIKHAT_SECRETARY(35, OrgUnitKind.MASLIKHAT),
	/** Мәжіліс депутаты / депутат Мажилиса */
	MAZHILIS_DEPUTY(20, OrgUnitKind.PARLIAMENT_CHAMBER),
	/** Сенат депутаты / депутат Сената */
	SENATE_DEPUTY(20, OrgUnitKind.PARLIAMENT_CHAMBER),
	/** фракция жетекшісі / руководитель фракции */
	FACTION_LEADER(40, OrgUnitKind.FACTION),
	/** партия хатшысы / секретарь партии: one of the party's Secretaries */
	PARTY_SECRETARY(15, OrgUnitKind.PARTY),
	/** директор / директор, of an institution or enterprise */
	DIRECTOR(50, OrgUnitKind.INSTITUTION, OrgUnitKind.NGO),
	/** мұғалім / учитель */
	TEACHER(85, OrgUnitKind.INSTITUTION),
	/** A post none of the others names: its title is written in kk/ru/en when appointing. */
	OTHER(95);

	private final int seniority;
	private final Set<OrgUnitKind> units;

	Post(int seniority, OrgUnitKind... units) {
		this.seniority = seniority;
		this.units = units.length == 0 ? EnumSet.allOf(OrgUnitKind.class) : EnumSet.of(units[0], units);
	}

	/** Smaller is more senior: an akim before a deputy, a chair before a member. */
	public int seniority() {
		return seniority;
	}

	/** Whether this post exists in a unit of the kind (an akim only in an akimat, a faction leader in a faction). */
	public boolean fitsIn(OrgUnitKind kind) {
		return units.contains(kind);
	}

	/** The posts that exist in a unit of the kind, from the most senior. */
	public static java.util.List<Post> in(OrgUnitKind kind) {
		return java.util.Arrays.stream(values()).filter(p -> p.fitsIn(kind))
			.sorted(java.util.Comparator.comparingInt(Post::seniority).thenComparing(Enum::ordinal)).toList();
	}

	/** Whether the post has no title of its own, so that it needs one written when appointing. */
	public boolean needsOwnTitle() {
		return this == OTHER;
	}
}

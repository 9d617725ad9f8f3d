package kz.kenes.organization;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.platform.RuleViolation;

/**
 * A unit of the org tree. {@code path} lists the ids from the root down to the parent ("/1/4/"), so a subtree is a
 * prefix match; {@code regionId} is the region key that large tables carry for distribution.
 */
@Table("org_unit")
public class OrgUnit {

	@Id
	private Long id;
	private Long parentId;
	private OrgUnitKind kind;
	private String code;
	private String nameKk;
	private String nameRu;
	private String nameEn;
	private String path = "/";
	private Long regionId;
	private OrgLevel level;
	@Version
	private Integer version;

	protected OrgUnit() {
	}

	public OrgUnit(OrgUnitKind kind, String code, LocalizedText name) {
		this.kind = kind;
		this.code = code;
		rename(name);
	}

	public void rename(LocalizedText name) {
		this.nameKk = name.kk();
		this.nameRu = name.ru();
		this.nameEn = name.en();
	}

	/**
	 * Places this unit under a parent (null for a root), taking its lineage and region key; refuses a parent of a
	 * kind this unit may not sit under. A unit of a kind that starts a region starts one only outside any region.
	 */
	void placeUnder(OrgUnit parent) {
		requireParentKind(parent);
		if (parent == null) {
			this.parentId = null;
			this.path = "/";
			this.regionId = kind.startsRegion() ? id : null;
			return;
		}
		if (id != null && (parent.id.equals(id) || parent.lineage().contains(id))) {
			throw new RuleViolation("organization.unit.cycle");
		}
		this.parentId = parent.id;
		this.path = parent.path + parent.id + "/";
		this.regionId = parent.regionId != null ? parent.regionId : kind.startsRegion() ? id : null;
	}

	private void requireParentKind(OrgUnit parent) {
		if (parent == null && !kind.mayBeUnder(null)) {
			throw new RuleViolation("organization.unit.parent.required", kindName(kind));
		}
		if (parent != null && !kind.mayBeUnder(parent.kind)) {
			throw new RuleViolation("organization.unit.parent.wrong", kindName(kind), kindName(parent.kind));
		}
	}

	private static DefaultMessageSourceResolvable kindName(OrgUnitKind kind) {
		return new DefaultMessageSourceResolvable("organization.kind." + kind.name());
	}

	/**
	 * Sets the level of the territory this unit serves: the one its kind implies, else the one asked for (it must
	 * be one the kind allows), else the one it had, else one that follows from the parent (a region at the top, a
	 * district below).
	 */
	void assignLevel(OrgLevel requested, OrgUnit parent) {
		java.util.Set<OrgLevel> allowed = kind.levels();
		if (allowed.isEmpty()) {
			this.level = null;
		}
		else if (allowed.size() == 1) {
			this.level = allowed.iterator().next();
		}
		else if (requested != null) {
			if (!allowed.contains(requested)) {
				throw new RuleViolation("organization.unit.level.wrong", kindName(kind),
						new DefaultMessageSourceResolvable("organization.level." + requested.name()));
			}
			this.level = requested;
		}
		else if (level == null || !allowed.contains(level)) {
			this.level = parent == null ? OrgLevel.REGION : OrgLevel.DISTRICT;
		}
	}

	/** The level of the territory this unit serves, or null for units that serve none of their own (a council). */
	public OrgLevel level() {
		return level;
	}

	/** Ids of all ancestors, from the root down. */
	public List<Long> lineage() {
		return Arrays.stream(path.split("/")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
	}

	public LocalizedText name() {
		return new LocalizedText(nameKk, nameRu, nameEn);
	}

	public String name(Language language) {
		return language.pick(nameKk, nameRu, nameEn);
	}

	public Long getId() {
		return id;
	}

	public Long getParentId() {
		return parentId;
	}

	public OrgUnitKind getKind() {
		return kind;
	}

	public void setKind(OrgUnitKind kind) {
		this.kind = kind;
	}

	void recode(String code) {
		this.code = code;
	}

	public String getCode() {
		return code;
	}

	public String getNameKk() {
		return nameKk;
	}

	public String getNameRu() {
		return nameRu;
	}

	public String getNameEn() {
		return nameEn;
	}

	public String getPath() {
		return path;
	}

	public Long getRegionId() {
		return regionId;
	}

	public Integer getVersion() {
		return version;
	}

	public int depth() {
		return lineage().size();
	}
}

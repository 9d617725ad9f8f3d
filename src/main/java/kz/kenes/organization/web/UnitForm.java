package kz.kenes.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.organization.OrgLevel;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnitKind;

/** The create/edit form of an org unit (a bean: Thymeleaf's th:field binds through getters and setters). */
public class UnitForm {

	private Long parentId;
	@NotNull(message = "{validation.required}")
	private OrgUnitKind kind;
	private OrgLevel level;
	@NotBlank(message = "{validation.required}")
	@Size(max = 80, message = "{validation.tooLong}")
	@Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{validation.code}")
	private String code;
	@NotBlank(message = "{validation.required}")
	@Size(max = 400, message = "{validation.tooLong}")
	private String nameKk;
	@NotBlank(message = "{validation.required}")
	@Size(max = 400, message = "{validation.tooLong}")
	private String nameRu;
	@NotBlank(message = "{validation.required}")
	@Size(max = 400, message = "{validation.tooLong}")
	private String nameEn;
	private Integer version;
	/** When the name changed: the day the new name was taken (the old one is kept in history until the day before). */
	@org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
	private java.time.LocalDate renamedOn;
	/** The changed name only corrects the spelling: nothing goes into the history. */
	private boolean nameCorrection;

	static UnitForm of(OrgUnit unit) {
		UnitForm form = new UnitForm();
		form.parentId = unit.getParentId();
		form.kind = unit.getKind();
		form.level = unit.getKind().levels().size() > 1 ? unit.level() : null;
		form.code = unit.getCode();
		form.nameKk = unit.getNameKk();
		form.nameRu = unit.getNameRu();
		form.nameEn = unit.getNameEn();
		form.version = unit.getVersion();
		form.renamedOn = java.time.LocalDate.now();
		return form;
	}

	LocalizedText name() {
		return new LocalizedText(nameKk.strip(), nameRu.strip(), nameEn.strip());
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public OrgUnitKind getKind() {
		return kind;
	}

	public void setKind(OrgUnitKind kind) {
		this.kind = kind;
	}

	public OrgLevel getLevel() {
		return level;
	}

	public void setLevel(OrgLevel level) {
		this.level = level;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code == null ? null : code.strip();
	}

	public String getNameKk() {
		return nameKk;
	}

	public void setNameKk(String nameKk) {
		this.nameKk = nameKk;
	}

	public String getNameRu() {
		return nameRu;
	}

	public void setNameRu(String nameRu) {
		this.nameRu = nameRu;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public java.time.LocalDate getRenamedOn() {
		return renamedOn;
	}

	public void setRenamedOn(java.time.LocalDate renamedOn) {
		this.renamedOn = renamedOn;
	}

	public boolean isNameCorrection() {
		return nameCorrection;
	}

	public void setNameCorrection(boolean nameCorrection) {
		this.nameCorrection = nameCorrection;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}
}

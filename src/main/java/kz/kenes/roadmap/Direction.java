package kz.kenes.roadmap;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.platform.RuleViolation;

/** A direction (бағыт / направление) such as culture, youth or religion; one dictionary for all programs. */
@Table("direction")
public class Direction {

	@Id
	private Long id;
	private String code;
	private String nameKk;
	private String nameRu;
	private String nameEn;
	private int sortOrder;

	protected Direction() {
	}

	public Direction(String code, LocalizedText name, int sortOrder) {
		this.code = code;
		this.nameKk = name.kk();
		this.nameRu = name.ru();
		this.nameEn = name.en();
		this.sortOrder = sortOrder;
	}

	/** Renames the direction and sets its place in lists. */
	public void change(LocalizedText name, int sortOrder) {
		if (name == null || name.kk() == null || name.kk().isBlank() || name.ru() == null || name.ru().isBlank()
				|| name.kk().length() > 200 || name.ru().length() > 200
				|| (name.en() != null && name.en().length() > 200)) {
			throw new RuleViolation("roadmap.error.direction.name");
		}
		this.nameKk = name.kk().trim();
		this.nameRu = name.ru().trim();
		this.nameEn = name.en() == null || name.en().isBlank() ? this.nameRu : name.en().trim();
		this.sortOrder = sortOrder;
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

	public String getCode() {
		return code;
	}

	public int getSortOrder() {
		return sortOrder;
	}
}

package kz.kenes.roadmap;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;

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

package kz.kenes.roadmap;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.platform.RuleViolation;

/** A multi-year program (e.g. «Халықпен бірге!» 2023–2027) owned by an org unit (the party). */
@Table("program")
public class Program {

	@Id
	private Long id;
	private String code;
	private String nameKk;
	private String nameRu;
	private String nameEn;
	private Long ownerUnitId;
	private int firstYear;
	private int lastYear;
	@Version
	private Integer version;

	protected Program() {
	}

	public Program(String code, LocalizedText name, long ownerUnitId, int firstYear, int lastYear) {
		if (lastYear < firstYear) {
			throw new RuleViolation("roadmap.error.program.years");
		}
		this.code = code;
		this.nameKk = name.kk();
		this.nameRu = name.ru();
		this.nameEn = name.en();
		this.ownerUnitId = ownerUnitId;
		this.firstYear = firstYear;
		this.lastYear = lastYear;
	}

	public boolean covers(int year) {
		return year >= firstYear && year <= lastYear;
	}

	/** Refuses a year outside the program's years (a target for 2031 in a 2023–2027 program). */
	public void requireYear(int year) {
		if (!covers(year)) {
			throw new RuleViolation("roadmap.error.year.outside", String.valueOf(year), String.valueOf(firstYear),
					String.valueOf(lastYear));
		}
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

	public Long getOwnerUnitId() {
		return ownerUnitId;
	}

	public int getFirstYear() {
		return firstYear;
	}

	public int getLastYear() {
		return lastYear;
	}

	public Integer getVersion() {
		return version;
	}
}

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
	private ProgramState state = ProgramState.IN_FORCE;
	@Version
	private Integer version;

	protected Program() {
	}

	public Program(String code, LocalizedText name, long ownerUnitId, int firstYear, int lastYear) {
		this.code = code;
		describe(name, ownerUnitId, firstYear, lastYear, ProgramState.IN_FORCE);
	}

	/** Sets what a program says; nothing changes when a rule fails. */
	public void describe(LocalizedText name, long ownerUnitId, int firstYear, int lastYear, ProgramState state) {
		if (name == null || blank(name.kk()) || blank(name.ru())) {
			throw new RuleViolation("roadmap.error.program.name");
		}
		if (name.kk().length() > 500 || name.ru().length() > 500 || (name.en() != null && name.en().length() > 500)) {
			throw new RuleViolation("roadmap.error.program.nameTooLong", "500");
		}
		if (lastYear < firstYear || firstYear < 2000 || lastYear > 2100) {
			throw new RuleViolation("roadmap.error.program.years");
		}
		this.nameKk = name.kk().trim();
		this.nameRu = name.ru().trim();
		this.nameEn = blank(name.en()) ? this.nameRu : name.en().trim();
		this.ownerUnitId = ownerUnitId;
		this.firstYear = firstYear;
		this.lastYear = lastYear;
		this.state = state == null ? ProgramState.IN_FORCE : state;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
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

	public ProgramState getState() {
		return state;
	}

	public Integer getVersion() {
		return version;
	}
}

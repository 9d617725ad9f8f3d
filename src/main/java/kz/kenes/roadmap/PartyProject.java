package kz.kenes.roadmap;

import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.platform.RuleViolation;

/**
 * A party project: a national initiative the party runs across regions («Таза Қазақстан»), with a short code and a
 * name in Kazakh and Russian (English optional). Roadmap items carry any number of projects.
 */
@Table("party_project")
public class PartyProject {

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
	static final int MAX_NAME = 300;

	@Id
	private Long id;
	private String code;
	private String nameKk;
	private String nameRu;
	private String nameEn;
	@Version
	private Integer version;

	protected PartyProject() {
	}

	public PartyProject(String code, LocalizedText name) {
		change(code, name);
	}

	/** Applies a code and a name, checking each rule; nothing changes when one fails. */
	public void change(String code, LocalizedText name) {
		String c = code == null ? "" : code.trim();
		if (!CODE.matcher(c).matches()) {
			throw new RuleViolation("roadmap.error.project.code", c);
		}
		if (name == null || blank(name.kk()) || blank(name.ru())) {
			throw new RuleViolation("roadmap.error.project.name");
		}
		if (name.kk().length() > MAX_NAME || name.ru().length() > MAX_NAME
				|| (name.en() != null && name.en().length() > MAX_NAME)) {
			throw new RuleViolation("roadmap.error.project.nameTooLong", String.valueOf(MAX_NAME));
		}
		this.code = c;
		this.nameKk = name.kk().trim();
		this.nameRu = name.ru().trim();
		this.nameEn = blank(name.en()) ? null : name.en().trim();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
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

	public Integer getVersion() {
		return version;
	}
}

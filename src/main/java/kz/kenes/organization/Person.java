package kz.kenes.organization;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;

/** A person: an official, a council member, a department head. Names as they are written in each language. */
@Table("person")
public class Person {

	@Id
	private Long id;
	private String fullNameKk;
	private String fullNameRu;
	private String fullNameEn;
	private String email;
	private String phone;
	private String code;
	@Version
	private Integer version;

	protected Person() {
	}

	public Person(String code, LocalizedText fullName) {
		this.code = code;
		rename(fullName);
	}

	public void rename(LocalizedText fullName) {
		this.fullNameKk = fullName.kk();
		this.fullNameRu = fullName.ru();
		this.fullNameEn = fullName.en();
	}

	public void contact(String email, String phone) {
		this.email = email;
		this.phone = phone;
	}

	public LocalizedText fullName() {
		return new LocalizedText(fullNameKk, fullNameRu, fullNameEn);
	}

	public String fullName(Language language) {
		return language.pick(fullNameKk, fullNameRu, fullNameEn);
	}

	public Long getId() {
		return id;
	}

	public String getFullNameKk() {
		return fullNameKk;
	}

	public String getFullNameRu() {
		return fullNameRu;
	}

	public String getFullNameEn() {
		return fullNameEn;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public String getCode() {
		return code;
	}

	public Integer getVersion() {
		return version;
	}
}

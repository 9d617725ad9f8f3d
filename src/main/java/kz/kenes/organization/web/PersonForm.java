package kz.kenes.organization.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.organization.Person;

/** The create/edit form of a person. */
public class PersonForm {

	@Size(max = 80, message = "{validation.tooLong}")
	@Pattern(regexp = "([a-z0-9][a-z0-9-]*)?", message = "{validation.code}")
	private String code;
	@NotBlank(message = "{validation.required}")
	@Size(max = 300, message = "{validation.tooLong}")
	private String fullNameKk;
	@NotBlank(message = "{validation.required}")
	@Size(max = 300, message = "{validation.tooLong}")
	private String fullNameRu;
	@NotBlank(message = "{validation.required}")
	@Size(max = 300, message = "{validation.tooLong}")
	private String fullNameEn;
	@Email(message = "{validation.email}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String email;
	@Size(max = 50, message = "{validation.tooLong}")
	@Pattern(regexp = "[0-9+()\\- ]*", message = "{validation.phone}")
	private String phone;
	private Integer version;

	static PersonForm of(Person person) {
		PersonForm form = new PersonForm();
		form.code = person.getCode();
		form.fullNameKk = person.getFullNameKk();
		form.fullNameRu = person.getFullNameRu();
		form.fullNameEn = person.getFullNameEn();
		form.email = person.getEmail();
		form.phone = person.getPhone();
		form.version = person.getVersion();
		return form;
	}

	LocalizedText fullName() {
		return new LocalizedText(fullNameKk.strip(), fullNameRu.strip(), fullNameEn.strip());
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getFullNameKk() {
		return fullNameKk;
	}

	public void setFullNameKk(String fullNameKk) {
		this.fullNameKk = fullNameKk;
	}

	public String getFullNameRu() {
		return fullNameRu;
	}

	public void setFullNameRu(String fullNameRu) {
		this.fullNameRu = fullNameRu;
	}

	public String getFullNameEn() {
		return fullNameEn;
	}

	public void setFullNameEn(String fullNameEn) {
		this.fullNameEn = fullNameEn;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}
}

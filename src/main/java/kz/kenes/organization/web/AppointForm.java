package kz.kenes.organization.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.organization.Post;

/** Appointing a person to a post in a unit. */
public class AppointForm {

	@NotNull(message = "{validation.required}")
	private Long personId;
	@NotNull(message = "{validation.required}")
	private Post post;
	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate = LocalDate.now();
	/** The post's own title, for a post none of the others names (or to write an official title out in full). */
	@Size(max = 300, message = "{validation.tooLong}")
	private String titleKk;
	@Size(max = 300, message = "{validation.tooLong}")
	private String titleRu;
	@Size(max = 300, message = "{validation.tooLong}")
	private String titleEn;

	/** The title written in the form, or null when none was (the post's official title is then composed). */
	LocalizedText title() {
		if (blank(titleKk) && blank(titleRu) && blank(titleEn)) {
			return null;
		}
		return new LocalizedText(strip(titleKk), strip(titleRu), blank(titleEn) ? strip(titleKk) : strip(titleEn));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String strip(String s) {
		return s == null ? null : s.strip();
	}

	public String getTitleKk() {
		return titleKk;
	}

	public void setTitleKk(String titleKk) {
		this.titleKk = titleKk;
	}

	public String getTitleRu() {
		return titleRu;
	}

	public void setTitleRu(String titleRu) {
		this.titleRu = titleRu;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public Long getPersonId() {
		return personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public Post getPost() {
		return post;
	}

	public void setPost(Post post) {
		this.post = post;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}
}

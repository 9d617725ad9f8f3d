package kz.kenes.organization.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

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

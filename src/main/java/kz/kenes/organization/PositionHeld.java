package kz.kenes.organization;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.platform.RuleViolation;

/** A post held by a person in an org unit from a start date until an end date (open while still held). */
@Table("position_held")
public class PositionHeld {

	@Id
	private Long id;
	private Long personId;
	private Long orgUnitId;
	private Post post;
	private String titleKk;
	private String titleRu;
	private String titleEn;
	private LocalDate startDate;
	private LocalDate endDate;
	@Version
	private Integer version;

	protected PositionHeld() {
	}

	public PositionHeld(long personId, long orgUnitId, Post post, LocalizedText title, LocalDate startDate) {
		this.personId = personId;
		this.orgUnitId = orgUnitId;
		this.post = post;
		this.titleKk = title == null ? null : title.kk();
		this.titleRu = title == null ? null : title.ru();
		this.titleEn = title == null ? null : title.en();
		this.startDate = startDate;
	}

	public boolean heldOn(LocalDate date) {
		return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
	}

	/** Ends the position on a date (the last day it is held). */
	public void end(LocalDate date) {
		if (endDate != null) {
			throw new RuleViolation("organization.position.alreadyEnded");
		}
		if (date.isBefore(startDate)) {
			throw new RuleViolation("organization.position.endBeforeStart");
		}
		this.endDate = date;
	}

	/** Held on the given day (today by the application's clock): not ended before it. */
	public boolean isCurrentOn(LocalDate today) {
		return endDate == null || !endDate.isBefore(today);
	}

	public String title(Language language) {
		return language.pick(titleKk, titleRu, titleEn);
	}

	public Long getId() {
		return id;
	}

	public Long getPersonId() {
		return personId;
	}

	public Long getOrgUnitId() {
		return orgUnitId;
	}

	public Post getPost() {
		return post;
	}

	public String getTitleKk() {
		return titleKk;
	}

	public String getTitleRu() {
		return titleRu;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public Integer getVersion() {
		return version;
	}
}

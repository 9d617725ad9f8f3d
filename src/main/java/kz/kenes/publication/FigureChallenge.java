package kz.kenes.publication;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A visitor's dispute of a published figure, answered by the department responsible for the roadmap item. */
@Table("figure_challenge")
public class FigureChallenge {

	public enum Status {
		OPEN, ANSWERED
	}

	@Id
	private Long id;
	private Long roadmapItemId;
	private int year;
	private String figure;
	private String reason;
	private String evidenceUrl;
	private Long departmentId;
	private Long regionId;
	private Status status = Status.OPEN;
	private LocalDate dueDate;
	private String answer;
	private String answeredBy;
	private Instant answeredAt;
	private Instant createdAt;
	@Version
	private Integer version;

	protected FigureChallenge() {
	}

	FigureChallenge(long roadmapItemId, int year, String figure, String reason, String evidenceUrl,
			long departmentId, Long regionId, LocalDate dueDate, Instant now) {
		this.roadmapItemId = roadmapItemId;
		this.year = year;
		this.figure = figure;
		this.reason = reason;
		this.evidenceUrl = evidenceUrl;
		this.departmentId = departmentId;
		this.regionId = regionId;
		this.dueDate = dueDate;
		this.createdAt = now;
	}

	void answer(String text, String by, Instant now) {
		if (status != Status.OPEN) {
			throw new IllegalStateException("Challenge " + id + " has already been answered");
		}
		this.answer = text;
		this.answeredBy = by;
		this.answeredAt = now;
		this.status = Status.ANSWERED;
	}

	public boolean overdue(LocalDate today) {
		return status == Status.OPEN && dueDate.isBefore(today);
	}

	public Long getId() {
		return id;
	}

	public Long getRoadmapItemId() {
		return roadmapItemId;
	}

	public int getYear() {
		return year;
	}

	public String getFigure() {
		return figure;
	}

	public String getReason() {
		return reason;
	}

	public String getEvidenceUrl() {
		return evidenceUrl;
	}

	public Long getDepartmentId() {
		return departmentId;
	}

	public Long getRegionId() {
		return regionId;
	}

	public Status getStatus() {
		return status;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public String getAnswer() {
		return answer;
	}

	public Instant getAnsweredAt() {
		return answeredAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Integer getVersion() {
		return version;
	}
}

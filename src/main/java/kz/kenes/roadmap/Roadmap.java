package kz.kenes.roadmap;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.platform.RuleViolation;

/**
 * The roadmap of one branch for one program. Once approved, planned values change only by a revision with a
 * reason (the approved value is kept as the original); an archived roadmap does not change at all.
 */
@Table("roadmap")
public class Roadmap {

	@Id
	private Long id;
	private Long programId;
	private Long branchId;
	private Long regionId;
	private LocalDate approvedOn;
	private RoadmapStatus status = RoadmapStatus.DRAFT;
	private int edition = 1;
	private String reviewComment;
	@Version
	private Integer version;

	protected Roadmap() {
	}

	public Roadmap(long programId, long branchId, long regionId) {
		this.programId = programId;
		this.branchId = branchId;
		this.regionId = regionId;
	}

	/** The branch hands its draft to the level above for approval; a previous reviewer's comment is done with. */
	public void submit() {
		if (status != RoadmapStatus.DRAFT) {
			throw new RuleViolation("roadmap.error.roadmap.submitNotDraft");
		}
		this.status = RoadmapStatus.SUBMITTED;
	}

	/** The level above sends the submitted roadmap back to draft, saying why. */
	public void returnWith(String comment) {
		if (status != RoadmapStatus.SUBMITTED) {
			throw new RuleViolation("roadmap.error.roadmap.notSubmitted");
		}
		if (comment == null || comment.isBlank()) {
			throw new RuleViolation("roadmap.error.roadmap.comment");
		}
		if (comment.length() > 2000) {
			throw new RuleViolation("roadmap.error.roadmap.commentTooLong", "2000");
		}
		this.status = RoadmapStatus.DRAFT;
		this.reviewComment = comment.trim();
	}

	/** Approval of a submitted roadmap (or, by the centre loading records, of a draft). */
	public void approve(LocalDate on) {
		if (status != RoadmapStatus.DRAFT && status != RoadmapStatus.SUBMITTED) {
			throw new RuleViolation("roadmap.error.roadmap.notDraft");
		}
		if (on == null) {
			throw new RuleViolation("roadmap.error.roadmap.approvalDate");
		}
		this.status = RoadmapStatus.APPROVED;
		this.approvedOn = on;
		this.reviewComment = null;
	}

	public void archive() {
		if (status == RoadmapStatus.ARCHIVED) {
			throw new RuleViolation("roadmap.error.roadmap.archived");
		}
		this.status = RoadmapStatus.ARCHIVED;
	}

	/** Refuses any change to an archived roadmap, and to a submitted one while the level above reviews it. */
	public void requireEditable() {
		if (status == RoadmapStatus.ARCHIVED) {
			throw new RuleViolation("roadmap.error.roadmap.archived");
		}
		if (status == RoadmapStatus.SUBMITTED) {
			throw new RuleViolation("roadmap.error.roadmap.underReview");
		}
	}

	public String getReviewComment() {
		return reviewComment;
	}

	public boolean isApproved() {
		return status == RoadmapStatus.APPROVED;
	}

	public Long getId() {
		return id;
	}

	public Long getProgramId() {
		return programId;
	}

	public Long getBranchId() {
		return branchId;
	}

	public Long getRegionId() {
		return regionId;
	}

	public LocalDate getApprovedOn() {
		return approvedOn;
	}

	public RoadmapStatus getStatus() {
		return status;
	}

	public int getEdition() {
		return edition;
	}

	public Integer getVersion() {
		return version;
	}
}

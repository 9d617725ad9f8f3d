package kz.kenes.publication;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A proposal a citizen sent through the portal, held for moderation. Once it is forwarded into the proposal
 * workflow or rejected, the proposer's name and contact are erased here (the proposal keeps them for staff).
 */
@Table("citizen_submission")
public class CitizenSubmission {

	static final int TEXT_MAX = 4000;
	static final int NAME_MAX = 200;
	static final int CONTACT_MAX = 200;

	@Id
	private Long id;
	private String trackingCode;
	private Long addresseeId;
	private Long regionId;
	private Long directionId;
	private String authorName;
	private String contact;
	private String text;
	private String textLanguage;
	private SubmissionStatus status = SubmissionStatus.PENDING;
	private String rejectionReason;
	private Long proposalId;
	private Instant createdAt;
	private String moderatedBy;
	private Instant moderatedAt;
	@Version
	private Integer version;

	protected CitizenSubmission() {
	}

	CitizenSubmission(String trackingCode, long addresseeId, Long regionId, Long directionId, String authorName,
			String contact, String text, String textLanguage, Instant now) {
		this.trackingCode = trackingCode;
		this.addresseeId = addresseeId;
		this.regionId = regionId;
		this.directionId = directionId;
		this.authorName = authorName;
		this.contact = contact;
		this.text = text;
		this.textLanguage = textLanguage;
		this.createdAt = now;
	}

	void forwarded(long proposalId, String moderator, Instant now) {
		requirePending();
		this.status = SubmissionStatus.FORWARDED;
		this.proposalId = proposalId;
		moderated(moderator, now);
	}

	void reject(String reason, String moderator, Instant now) {
		requirePending();
		this.status = SubmissionStatus.REJECTED;
		this.rejectionReason = reason;
		moderated(moderator, now);
	}

	private void moderated(String moderator, Instant now) {
		this.moderatedBy = moderator;
		this.moderatedAt = now;
		this.authorName = null;
		this.contact = null;
	}

	private void requirePending() {
		if (status != SubmissionStatus.PENDING) {
			throw new IllegalStateException("Submission " + id + " has already been moderated");
		}
	}

	public Long getId() {
		return id;
	}

	public String getTrackingCode() {
		return trackingCode;
	}

	public Long getAddresseeId() {
		return addresseeId;
	}

	public Long getRegionId() {
		return regionId;
	}

	public Long getDirectionId() {
		return directionId;
	}

	public String getAuthorName() {
		return authorName;
	}

	public String getContact() {
		return contact;
	}

	public String getText() {
		return text;
	}

	public String getTextLanguage() {
		return textLanguage;
	}

	public SubmissionStatus getStatus() {
		return status;
	}

	public String getRejectionReason() {
		return rejectionReason;
	}

	public Long getProposalId() {
		return proposalId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Integer getVersion() {
		return version;
	}
}

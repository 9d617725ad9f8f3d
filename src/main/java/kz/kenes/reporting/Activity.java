package kz.kenes.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.platform.RuleViolation;

/** An activity held under a roadmap item by one of its executors. */
@Table("activity")
public class Activity {

	static final int MAX_TITLE = 1000;
	static final int MAX_OUTCOME = 2000;
	static final int MAX_PARTICIPANTS = 10_000_000;

	@Id
	private Long id;
	private Long roadmapItem;
	private Long regionId;
	private Long executorId;
	private Long subProjectId;
	private LocalDate heldOn;
	private String titleKk;
	private String titleRu;
	private String venue;
	private int participants;
	private Audience audience;
	private String outcomeKk;
	private String outcomeRu;
	private Long winnerUnitId;
	private String createdBy;
	private Instant createdAt;
	@MappedCollection(idColumn = "activity")
	private Set<ActivityPartner> partners = new LinkedHashSet<>();
	@Version
	private Integer version;

	protected Activity() {
	}

	Activity(long roadmapItem, long regionId, long executorId, ActivityDetails details, String createdBy,
			LocalDate today) {
		this.roadmapItem = roadmapItem;
		this.regionId = regionId;
		this.executorId = executorId;
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
		change(details, today);
	}

	/** Applies the form, checking each rule first, so that nothing changes when one fails. */
	void change(ActivityDetails d, LocalDate today) {
		if (d.heldOn() == null) {
			throw new RuleViolation("reporting.error.activity.date");
		}
		if (d.heldOn().isAfter(today)) {
			throw new RuleViolation("reporting.error.activity.future");
		}
		if (blank(d.titleKk()) || blank(d.titleRu())) {
			throw new RuleViolation("reporting.error.activity.title");
		}
		if (d.titleKk().length() > MAX_TITLE || d.titleRu().length() > MAX_TITLE) {
			throw new RuleViolation("reporting.error.tooLong", MAX_TITLE);
		}
		if (d.participants() < 0 || d.participants() > MAX_PARTICIPANTS) {
			throw new RuleViolation("reporting.error.activity.participants");
		}
		if ((d.outcomeKk() != null && d.outcomeKk().length() > MAX_OUTCOME)
				|| (d.outcomeRu() != null && d.outcomeRu().length() > MAX_OUTCOME)
				|| (d.venue() != null && d.venue().length() > 500)) {
			throw new RuleViolation("reporting.error.tooLong", MAX_OUTCOME);
		}
		this.heldOn = d.heldOn();
		this.titleKk = d.titleKk().trim();
		this.titleRu = d.titleRu().trim();
		this.venue = trimToNull(d.venue());
		this.participants = d.participants();
		this.audience = d.audience() == null ? Audience.GENERAL : d.audience();
		this.outcomeKk = trimToNull(d.outcomeKk());
		this.outcomeRu = trimToNull(d.outcomeRu());
		this.winnerUnitId = d.winnerUnitId();
		this.subProjectId = d.subProjectId();
		Set<ActivityPartner> partners = new LinkedHashSet<>();
		for (Long partner : d.partnerIds() == null ? List.<Long>of() : d.partnerIds()) {
			if (partner != null) {
				partners.add(new ActivityPartner(partner));
			}
		}
		this.partners = partners;
	}

	public ActivityDetails details() {
		return new ActivityDetails(heldOn, titleKk, titleRu, venue, participants, audience, partnerIds(), outcomeKk,
				outcomeRu, winnerUnitId, subProjectId);
	}

	public List<Long> partnerIds() {
		return partners.stream().map(ActivityPartner::orgUnitId).sorted().toList();
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	static String trimToNull(String s) {
		return blank(s) ? null : s.trim();
	}

	public Long getId() {
		return id;
	}

	public Long getRoadmapItem() {
		return roadmapItem;
	}

	public Long getRegionId() {
		return regionId;
	}

	public Long getExecutorId() {
		return executorId;
	}

	public Long getSubProjectId() {
		return subProjectId;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public String getTitleKk() {
		return titleKk;
	}

	public String getTitleRu() {
		return titleRu;
	}

	public String getVenue() {
		return venue;
	}

	public int getParticipants() {
		return participants;
	}

	public Audience getAudience() {
		return audience;
	}

	public String getOutcomeKk() {
		return outcomeKk;
	}

	public String getOutcomeRu() {
		return outcomeRu;
	}

	public Long getWinnerUnitId() {
		return winnerUnitId;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Integer getVersion() {
		return version;
	}
}

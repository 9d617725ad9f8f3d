package kz.kenes.meeting;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.platform.RuleViolation;

/** An unnamed part of an event's audience: a kind and how many came ("200 residents"). */
@Table("meeting_audience_group")
public record AudienceGroup(AudienceKind kind, @Column("count") int count) {

	/** More than any hall or stream of a regional event holds; a typo such as 20000 for 200 is more likely above. */
	public static final int MAX_COUNT = 100_000;

	public AudienceGroup {
		if (kind == null) {
			throw new RuleViolation("meeting.error.audienceKind");
		}
		if (count < 1 || count > MAX_COUNT) {
			throw new RuleViolation("meeting.error.audienceCount", String.valueOf(MAX_COUNT));
		}
	}
}

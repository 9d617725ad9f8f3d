package kz.kenes.meeting;

import org.springframework.data.relational.core.mapping.Table;

/** A person invited to (or present at) a meeting, in the position they held on its date. */
@Table("meeting_participant")
public record Participant(long personId, Long positionId, boolean invited, Attendance attendance) {

	Participant withAttendance(Attendance attendance) {
		return new Participant(personId, positionId, invited, attendance);
	}
}

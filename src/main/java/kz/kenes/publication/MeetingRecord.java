package kz.kenes.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.organization.OrgUnitKind;
import kz.kenes.organization.Post;

/**
 * What the news generator needs to know of a held meeting, in kk/ru/en as the record keeps it: who met (council,
 * branch, party), who attended with their positions, the agenda (program, directions, reporting period), the
 * reports heard with the figures quoted that day, the proposals and the number of decisions.
 */
public record MeetingRecord(Long meetingId, LocalDate date, LocalizedText partyName, Unit branch, Unit council,
		Program program, List<LocalizedText> directions, int periodYear, int periodMonths, List<Attendee> attendees,
		boolean departmentHeadsAttended, boolean councilMembersAttended, List<Report> reports,
		List<LocalizedText> proposals, int decisions) {

	public MeetingRecord {
		directions = List.copyOf(directions);
		attendees = List.copyOf(attendees);
		reports = List.copyOf(reports);
		proposals = List.copyOf(proposals);
	}

	public record Unit(Long id, OrgUnitKind kind, LocalizedText name) {
	}

	public record Program(LocalizedText name, int firstYear, int lastYear) {
	}

	/** A person with the post they hold in a unit, as named in the news (Мұрат Жолдыхожаев, Атқарушы хатшы). */
	public record Attendee(LocalizedText name, Post post, Unit unit) {
	}

	/** A report heard: the speaker, an optional topic, the figures quoted and what else they said. */
	public record Report(Attendee speaker, LocalizedText topic, List<Figure> figures, LocalizedText summary) {

		public Report {
			figures = List.copyOf(figures);
		}
	}

	/**
	 * A figure as quoted at the meeting: the roadmap item (subject), the unit of its indicator (EVENTS,
	 * FACILITIES, …), the year, planned and actual values (actual null when nothing is done yet).
	 */
	public record Figure(LocalizedText subject, String unit, int year, BigDecimal planned, BigDecimal actual) {
	}
}

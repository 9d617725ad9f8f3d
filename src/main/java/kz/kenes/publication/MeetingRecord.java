package kz.kenes.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.meeting.AudienceKind;
import kz.kenes.meeting.EventKind;
import kz.kenes.meeting.MeetingFormat;
import kz.kenes.organization.OrgUnitKind;
import kz.kenes.organization.Post;

/**
 * What the news writer needs to know of a held event, in kk/ru/en as the record keeps it: its kind and format, who
 * hosted it (any unit) and the branch above the host, who chaired it, who attended (named people with their posts,
 * unnamed groups with a count), every agenda item with its program and review period, the reports heard with the
 * figures quoted that day, the questions and proposals raised and the decisions taken.
 *
 * @param platform the online platform's name (Zoom, …) for an online or mixed event, else null
 * @param place where it was held, as entered (null when online or unknown)
 * @param partyName the party the news is published under (title prefix), null when none
 * @param host the unit that held the event: a council, branch, faction, maslikhat, akimat, institution, …
 * @param branch the party branch above the host (null when the host is itself a branch or has none)
 * @param chairs the chair and co-chairs with the post they held that day
 * @param attendees people named among those present (the seed names the branch's executive secretary and the chair)
 * @param audience unnamed groups present, each with a count
 */
public record MeetingRecord(Long meetingId, LocalDate date, EventKind kind, MeetingFormat format, String platform,
		String place, LocalizedText partyName, Unit host, Unit branch, List<Attendee> chairs, List<Attendee> attendees,
		boolean departmentHeadsAttended, boolean councilMembersAttended, List<AudienceGroup> audience,
		List<AgendaItem> agenda, List<Report> reports, List<LocalizedText> questions, List<LocalizedText> proposals,
		List<LocalizedText> decisions) {

	public MeetingRecord {
		kind = kind == null ? EventKind.COUNCIL_MEETING : kind;
		format = format == null ? MeetingFormat.IN_PERSON : format;
		chairs = List.copyOf(chairs);
		attendees = List.copyOf(attendees);
		audience = List.copyOf(audience);
		agenda = List.copyOf(agenda);
		reports = List.copyOf(reports);
		questions = List.copyOf(questions);
		proposals = List.copyOf(proposals);
		decisions = List.copyOf(decisions);
	}

	/**
	 * A council meeting in person with one roadmap agenda item (program, directions, the first {@code periodMonths}
	 * months of {@code periodYear}) and {@code decisions} decisions without their text: the shape of the seed.
	 */
	public MeetingRecord(Long meetingId, LocalDate date, LocalizedText partyName, Unit branch, Unit council,
			Program program, List<LocalizedText> directions, int periodYear, int periodMonths, List<Attendee> attendees,
			boolean departmentHeadsAttended, boolean councilMembersAttended, List<Report> reports,
			List<LocalizedText> proposals, int decisions) {
		this(meetingId, date, EventKind.COUNCIL_MEETING, MeetingFormat.IN_PERSON, null, null, partyName, council,
				branch, List.of(), attendees, departmentHeadsAttended, councilMembersAttended, List.of(),
				List.of(new AgendaItem(null, program, directions, Period.months(periodYear, periodMonths))), reports,
				List.of(), proposals, Collections.nCopies(decisions, new LocalizedText(null, null, null)));
	}

	public record Unit(Long id, OrgUnitKind kind, LocalizedText name) {
	}

	/** A program with its years (0 when not known: the years are then not written). */
	public record Program(LocalizedText name, int firstYear, int lastYear) {

		boolean hasYears() {
			return firstYear > 0 && lastYear >= firstYear;
		}
	}

	/**
	 * A person with the post they held that day: the post in a unit (Мұрат Жолдыхожаев, Атқарушы хатшы of the
	 * branch) and, where the record has it, the full title of the day in the nominative («облыс әкімінің
	 * орынбасары» / «заместитель акима области»), which wins over post and unit.
	 */
	public record Attendee(LocalizedText name, Post post, Unit unit, LocalizedText title) {

		public Attendee(LocalizedText name, Post post, Unit unit) {
			this(name, post, unit, null);
		}
	}

	/** An unnamed group present: 200 residents, 15 journalists. */
	public record AudienceGroup(AudienceKind kind, int count) {
	}

	/**
	 * An agenda item: its title, and for a roadmap item the program and directions reviewed; the review period when
	 * it has one. A roadmap item is written as the seed writes it (the roadmap's implementation in the period), any
	 * other by its title.
	 */
	public record AgendaItem(LocalizedText title, Program program, List<LocalizedText> directions, Period period) {

		public AgendaItem {
			directions = directions == null ? List.of() : List.copyOf(directions);
		}

		public boolean roadmap() {
			return program != null;
		}
	}

	/**
	 * A review period from a month to a month, both included: a month, a quarter, the first months of a year
	 * ("10 months of 2024"), a year, several years (2023–2024), or any other span.
	 */
	public record Period(YearMonth from, YearMonth to) {

		public Period {
			if (from == null || to == null || to.isBefore(from)) {
				throw new IllegalArgumentException("Period " + from + "–" + to);
			}
		}

		/** The first {@code months} months of the year (12 or more: the year). */
		public static Period months(int year, int months) {
			return new Period(YearMonth.of(year, 1), YearMonth.of(year, Math.max(1, Math.min(12, months))));
		}

		public static Period year(int year) {
			return months(year, 12);
		}

		public static Period years(int first, int last) {
			return new Period(YearMonth.of(first, 1), YearMonth.of(last, 12));
		}

		public static Period quarter(int year, int quarter) {
			return new Period(YearMonth.of(year, quarter * 3 - 2), YearMonth.of(year, quarter * 3));
		}

		public static Period month(int year, int month) {
			return new Period(YearMonth.of(year, month), YearMonth.of(year, month));
		}
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

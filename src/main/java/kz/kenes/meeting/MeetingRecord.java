package kz.kenes.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.i18n.OfficialDates;
import kz.kenes.organization.OrgUnitKind;
import kz.kenes.organization.Post;
import kz.kenes.proposal.ProposalView;

/**
 * The full record of a meeting, as its page, its protocol and a news item drafted from it need it: council and
 * branch, date, place, chair and secretary, participants with the positions they held that day, the agenda with its
 * program and period, reports heard with speaker, position and the figures heard, proposals raised and decisions.
 * Personal contact data is never part of it.
 */
public record MeetingRecord(long id, int number, LocalDateTime startsAt, int durationMinutes, MeetingFormat format,
		String place, String onlineLink, MeetingStatus status, UnitRef council, UnitRef branch, PersonRef chair,
		PersonRef secretary, int otherGuests, LocalDate protocolSignedOn, boolean example, int version,
		List<AgendaEntry> agenda, List<Attendee> participants, List<Report> reports, List<ProposalView> proposals,
		List<DecisionView> decisions) {

	public LocalDate date() {
		return startsAt.toLocalDate();
	}

	public List<Attendee> present() {
		return participants.stream().filter(a -> a.attendance() == Attendance.PRESENT).toList();
	}

	/** «2024 жылғы 15 қарашадағы № 3 хаттама» / «Протокол № 3 от 15 ноября 2024 года» / "Protocol No. 3 of …". */
	public String protocolTitle(Language language) {
		return switch (language) {
			case KK -> OfficialDates.kazakhAttributive(date()) + " № " + number + " хаттама";
			case RU -> "Протокол № " + number + " от " + OfficialDates.russian(date());
			case EN -> "Protocol No. " + number + " of " + OfficialDates.english(date());
		};
	}

	/** «… «Miras» аймақтық кеңесінің отырысы» / «Заседание регионального совета «Miras» …» / "Meeting of the …". */
	public String heading(Language language) {
		return switch (language) {
			case KK -> PositionTitles.kazakhGenitive(council.name().kk()) + " отырысы";
			case RU -> "Заседание " + PositionTitles.russianGenitive(council.name().ru());
			case EN -> "Meeting of the " + council.name().en();
		};
	}

	/** Without what only staff see (the online link of the meeting). */
	MeetingRecord forPublic() {
		return new MeetingRecord(id, number, startsAt, durationMinutes, format, place, null, status, council, branch,
				chair, secretary, otherGuests, protocolSignedOn, example, version, agenda, participants, reports,
				proposals, decisions);
	}

	public record UnitRef(long id, String code, OrgUnitKind kind, LocalizedText name) {
	}

	/**
	 * A person and the position they held on the meeting day: its full title, the post and the unit it is held in
	 * (all null when no position is on record).
	 */
	public record PersonRef(long id, LocalizedText name, Long positionId, LocalizedText position, Post post,
			UnitRef unit) {
	}

	public record Attendee(PersonRef person, boolean invited, Attendance attendance) {
	}

	public record AgendaEntry(int number, LocalizedText title, Long programId, LocalizedText program,
			List<Long> directionIds, List<LocalizedText> directions, Integer periodYear, Integer periodMonths) {

		/** "2024 жылдың 10 айы" / "10 месяцев 2024 года" / "10 months of 2024"; null without a period. */
		public String period(Language language) {
			return periodYear == null ? null : ReportingPeriods.label(periodYear, periodMonths, language);
		}
	}

	/** A report heard, with its figures as heard and, where the caller asked for them, today's. */
	public record Report(long id, int agendaNumber, PersonRef speaker, LocalizedText summary, LocalDate figuresAsOf,
			List<HeardFigure> figures, int version) {
	}
}

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
 * The full record of an event, as its page, its protocol and a news item drafted from it need it. Personal contact
 * data is never part of it.
 * <ul>
 * <li>{@code council} — the host unit (kept under its old name; the same as {@code host}).</li>
 * <li>{@code branch} — the party branch the host belongs to: the host itself when it is a branch (or the party), else
 * its nearest branch above; null when there is none (an event of an akimat, a maslikhat, a college).</li>
 * <li>{@code chair} — the chair of the details form; {@code chairs} lists every chair of the event: the chair first
 * (when there is one), then the co-chairs, each with the post held that day ({@link PersonRef#position()}).</li>
 * <li>{@code participants} — the named audience, with the post held that day; {@code audience} — the unnamed groups,
 * each with its kind and count (200 residents); {@code otherGuests} — guests counted without a kind.</li>
 * <li>{@code kind} — the kind of event ({@link EventKind}); {@code format} with {@code onlinePlatform} (Zoom, Teams,
 * …; null for an event held in person); {@code onlineLink} is staff-only (null in {@link #forPublic()});
 * {@code place} as text.</li>
 * <li>{@code agenda} — the questions, each with its program, directions and review period
 * ({@link AgendaEntry#span()}: from a month to several years, labelled by {@link PeriodSpan#label}).</li>
 * <li>{@code reports} — reports heard, each with its speaker and the speaker's post that day (speakers from any body,
 * {@link #speakers()}), and the figures frozen as heard; {@code proposals} raised; {@code decisions}.</li>
 * </ul>
 */
public record MeetingRecord(long id, int number, LocalDateTime startsAt, int durationMinutes, MeetingFormat format,
		String place, String onlineLink, MeetingStatus status, UnitRef council, UnitRef branch, PersonRef chair,
		PersonRef secretary, int otherGuests, LocalDate protocolSignedOn, boolean example, int version,
		List<AgendaEntry> agenda, List<Attendee> participants, List<Report> reports, List<ProposalView> proposals,
		List<DecisionView> decisions, EventKind kind, String onlinePlatform, UnitRef host, List<PersonRef> chairs,
		List<AudienceGroup> audience) {

	/** A council meeting as recorded before events: host = council, the chair alone, no audience groups. */
	public MeetingRecord(long id, int number, LocalDateTime startsAt, int durationMinutes, MeetingFormat format,
			String place, String onlineLink, MeetingStatus status, UnitRef council, UnitRef branch, PersonRef chair,
			PersonRef secretary, int otherGuests, LocalDate protocolSignedOn, boolean example, int version,
			List<AgendaEntry> agenda, List<Attendee> participants, List<Report> reports, List<ProposalView> proposals,
			List<DecisionView> decisions) {
		this(id, number, startsAt, durationMinutes, format, place, onlineLink, status, council, branch, chair,
				secretary, otherGuests, protocolSignedOn, example, version, agenda, participants, reports, proposals,
				decisions, EventKind.COUNCIL_MEETING, null, council, chair == null ? List.of() : List.of(chair),
				List.of());
	}

	/** The speakers of the reports heard, each once, in the order they spoke, with their post that day. */
	public List<PersonRef> speakers() {
		java.util.Map<Long, PersonRef> seen = new java.util.LinkedHashMap<>();
		reports.forEach(r -> seen.putIfAbsent(r.speaker().id(), r.speaker()));
		return List.copyOf(seen.values());
	}

	/** Everyone counted in the audience groups. */
	public int audienceCount() {
		return audience.stream().mapToInt(AudienceGroup::count).sum();
	}

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

	/**
	 * «… «Miras» аймақтық кеңесінің отырысы» / «Заседание регионального совета «Miras» …» / "Meeting of the …" for a
	 * council meeting; for another kind the kind's name and its host: «Тұрғындармен кездесу (… филиалы)».
	 */
	public String heading(Language language) {
		if (kind != EventKind.COUNCIL_MEETING) {
			return EventTexts.kindName(kind, language) + " — " + host.name().in(language);
		}
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
				proposals, decisions, kind, onlinePlatform, host, chairs, audience);
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

	/**
	 * An agenda question. Its review period is {@code span} (from year and month to year and month, null without a
	 * period); {@code periodYear}/{@code periodMonths} are the span's end (the year and month figures are taken to).
	 */
	public record AgendaEntry(int number, LocalizedText title, Long programId, LocalizedText program,
			List<Long> directionIds, List<LocalizedText> directions, Integer periodYear, Integer periodMonths,
			PeriodSpan span) {

		/** A year-to-date period (from January). */
		public AgendaEntry(int number, LocalizedText title, Long programId, LocalizedText program,
				List<Long> directionIds, List<LocalizedText> directions, Integer periodYear, Integer periodMonths) {
			this(number, title, programId, program, directionIds, directions, periodYear, periodMonths,
					periodYear == null ? null : PeriodSpan.yearToDate(periodYear, periodMonths));
		}

		/** "2024 жылдың 10 айы" / "2023–2024 жылдар" / "III квартал 2024 года"; null without a period. */
		public String period(Language language) {
			return span == null ? null : span.label(language);
		}
	}

	/** A report heard, with its figures as heard and, where the caller asked for them, today's. */
	public record Report(long id, int agendaNumber, PersonRef speaker, LocalizedText summary, LocalDate figuresAsOf,
			List<HeardFigure> figures, int version) {
	}
}

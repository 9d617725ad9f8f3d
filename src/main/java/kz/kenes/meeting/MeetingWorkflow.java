package kz.kenes.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.identity.Access;
import kz.kenes.identity.AuditTrail;
import kz.kenes.identity.Role;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnits;
import kz.kenes.organization.People;
import kz.kenes.organization.PositionHeld;
import kz.kenes.organization.Positions;
import kz.kenes.platform.RuleViolation;
import kz.kenes.proposal.MeetingProposal;
import kz.kenes.proposal.ProposalWorkflow;
import kz.kenes.roadmap.Program;
import kz.kenes.roadmap.RoadmapCatalog;

/**
 * Every change to an event's record, allowed to the SECRETARY of its host unit (or of a unit above it), checked
 * against the meeting's version (optimistic locking) and written to the audit trail in the same transaction.
 */
@Service
public class MeetingWorkflow {

	private final Meetings meetings;
	private final ReportsHeard reports;
	private final OrgUnits units;
	private final People people;
	private final Positions positions;
	private final ProgressSource progress;
	private final Access access;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final ProposalWorkflow proposals;
	private final RoadmapCatalog catalog;
	private final Clock clock;
	private final SignedProtocols signedProtocols;

	MeetingWorkflow(Meetings meetings, ReportsHeard reports, OrgUnits units, People people, Positions positions,
			ProgressSource progress, Access access, AuditTrail audit, JdbcClient jdbc, ProposalWorkflow proposals,
			RoadmapCatalog catalog, Optional<Clock> clock, SignedProtocols signedProtocols) {
		this.signedProtocols = signedProtocols;
		this.proposals = proposals;
		this.catalog = catalog;
		this.meetings = meetings;
		this.reports = reports;
		this.units = units;
		this.people = people;
		this.positions = positions;
		this.progress = progress;
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/** Schedules an event hosted by any org unit (a council, a branch, a faction, an akimat, a college, …). */
	@Transactional
	public long schedule(long councilId, MeetingDetails details) {
		OrgUnit council = units.findById(councilId).orElseThrow(() -> new RuleViolation("meeting.error.council"));
		access.require(Role.SECRETARY, councilId);
		requirePeople(details);
		requireFreeNumber(councilId, details, -1);
		Meeting meeting = meetings.save(new Meeting(councilId, council.getRegionId(), details));
		audit.record("Meeting", meeting.getId(), "SCHEDULE", null, meeting.snapshot(), meeting.getRegionId());
		return meeting.getId();
	}

	/** The next protocol number of the council in a year. */
	public int nextNumber(long councilId, int year) {
		return meetings.nextNumber(councilId, year);
	}

	@Transactional
	public void change(long id, int version, MeetingDetails details) {
		requirePeople(details);
		meetings.findById(id).ifPresent(m -> requireFreeNumber(m.getCouncilId(), details, id));
		update(id, version, "CHANGE", m -> m.change(details));
	}

	@Transactional
	public void addAgendaItem(long id, int version, AgendaDraft draft) {
		update(id, version, "ADD_AGENDA_ITEM", m -> m.addAgendaItem(item(m, draft)));
	}

	@Transactional
	public void changeAgendaItem(long id, int version, AgendaDraft draft) {
		update(id, version, "CHANGE_AGENDA_ITEM", m -> m.replaceAgendaItem(item(m, draft)));
	}

	@Transactional
	public void removeAgendaItem(long id, int version, int number) {
		Meeting meeting = meetings.findById(id).orElseThrow(() -> new NoSuchElementException("meeting " + id));
		access.require(Role.SECRETARY, meeting.getCouncilId());
		boolean referenced = jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM meeting_report_heard WHERE meeting_id = :m AND agenda_number = :n)
				    OR EXISTS (SELECT 1 FROM decision WHERE meeting_id = :m AND agenda_number = :n)""")
			.param("m", id).param("n", number).query(Boolean.class).single();
		if (referenced) {
			throw new RuleViolation("meeting.error.agendaInUse");
		}
		update(id, version, "REMOVE_AGENDA_ITEM", m -> m.removeAgendaItem(number));
	}

	/** Invites a person in the position they hold on the meeting day (the given one, or the one found). */
	@Transactional
	public void invite(long id, int version, long personId, Long positionId) {
		update(id, version, "INVITE", m -> m.invite(personId, position(m, personId, positionId)));
	}

	/** Invites everyone who holds a post in the council on the meeting day. */
	@Transactional
	public int inviteCouncil(long id, int version) {
		int[] added = { 0 };
		update(id, version, "INVITE_COUNCIL", m -> {
			for (PositionHeld p : positions.findByOrgUnitId(m.getCouncilId())) {
				if (p.heldOn(m.date()) && m.participants().stream().noneMatch(x -> x.personId() == p.getPersonId())) {
					m.invite(p.getPersonId(), p.getId());
					added[0]++;
				}
			}
		});
		return added[0];
	}

	/**
	 * Adds a co-chair (from any level: a national leader chairing a regional event) in the post they hold on the
	 * event's day, the given one or the one found; someone without a post that day is refused.
	 */
	@Transactional
	public void addCoChair(long id, int version, long personId, Long positionId) {
		update(id, version, "ADD_CO_CHAIR", m -> m.addCoChair(personId, position(m, personId, positionId)));
	}

	@Transactional
	public void removeCoChair(long id, int version, long personId) {
		update(id, version, "REMOVE_CO_CHAIR", m -> m.removeCoChair(personId));
	}

	/** How many of an unnamed group came (residents, journalists, …), replacing an earlier count of that kind. */
	@Transactional
	public void putAudienceGroup(long id, int version, AudienceKind kind, int count) {
		update(id, version, "PUT_AUDIENCE_GROUP", m -> m.putAudienceGroup(new AudienceGroup(kind, count)));
	}

	@Transactional
	public void removeAudienceGroup(long id, int version, AudienceKind kind) {
		update(id, version, "REMOVE_AUDIENCE_GROUP", m -> m.removeAudienceGroup(kind));
	}

	@Transactional
	public void removeParticipant(long id, int version, long personId) {
		update(id, version, "REMOVE_PARTICIPANT", m -> m.removeParticipant(personId));
	}

	/** The attendance sheet: who was present and absent, and how many other guests came. */
	@Transactional
	public void recordAttendance(long id, int version, Map<Long, Attendance> attendance, int otherGuests) {
		update(id, version, "RECORD_ATTENDANCE", m -> {
			attendance.forEach((person, mark) -> m.recordAttendance(person, mark, today()));
			m.setOtherGuests(otherGuests);
		});
	}

	/** Someone present who was not on the list (e.g. a department head who came to report). */
	@Transactional
	public void recordWalkIn(long id, int version, long personId, Long positionId) {
		update(id, version, "RECORD_WALK_IN", m -> m.recordWalkIn(personId, position(m, personId, positionId), today()));
	}

	@Transactional
	public void markHeld(long id, int version) {
		update(id, version, "HELD", m -> m.markHeld(today()));
	}

	@Transactional
	public void signProtocol(long id, int version, LocalDate signedOn) {
		update(id, version, "SIGN_PROTOCOL", m -> m.signProtocol(signedOn == null ? today() : signedOn));
		// what was signed is kept as it was: the documents are rendered now and served as stored from then on
		signedProtocols.store(id);
	}

	@Transactional
	public void cancel(long id, int version) {
		update(id, version, "CANCEL", Meeting::cancel);
	}

	/** Records a report heard and freezes the figures of the items it covered as they stand on the meeting day. */
	@Transactional
	public long recordReport(long meetingId, ReportDraft draft) {
		Meeting meeting = editableMeeting(meetingId);
		meeting.requireAgendaItem(draft.agendaNumber());
		requirePerson(draft.speakerId());
		int order = reports.findByMeetingIdOrderBySortOrderAscIdAsc(meetingId).size() + 1;
		ReportHeard report = new ReportHeard(meetingId, meeting.getRegionId(), draft.agendaNumber(),
				draft.speakerId(), position(meeting, draft.speakerId(), draft.speakerPositionId()), draft.summaryKk(),
				draft.summaryRu(), draft.summaryEn(), order);
		requireItemsOfHost(meeting, draft.agendaNumber(), items(draft));
		LocalDate asOf = figuresDay(meeting);
		report.freeze(figures(meeting, draft, items(draft), asOf), asOf);
		report = reports.save(report);
		audit.record("ReportHeard", report.getId(), "RECORD", null, report.snapshot(), meeting.getRegionId());
		return report.getId();
	}

	/**
	 * Changes a report heard. Figures already heard stay as they were frozen; only items newly added to the report are
	 * frozen now (as of the meeting day), and items taken out lose their figures.
	 */
	@Transactional
	public void changeReport(long reportId, int version, ReportDraft draft) {
		ReportHeard report = reports.findById(reportId).orElseThrow(() -> new NoSuchElementException("report " + reportId));
		checkVersion(report.getVersion(), version, "report " + reportId);
		Meeting meeting = editableMeeting(report.getMeetingId());
		meeting.requireAgendaItem(draft.agendaNumber());
		requirePerson(draft.speakerId());
		ReportHeard.Snapshot before = report.snapshot();
		report.moveTo(draft.agendaNumber(), draft.speakerId(),
				position(meeting, draft.speakerId(), draft.speakerPositionId()));
		report.summarize(draft.summaryKk(), draft.summaryRu(), draft.summaryEn());
		List<Long> wanted = items(draft);
		List<Long> known = report.coveredItems();
		List<HeardFigure> kept = new java.util.ArrayList<>(report.figures().stream()
			.filter(f -> f.roadmapItemId() == null || wanted.contains(f.roadmapItemId())).toList());
		List<Long> added = wanted.stream().filter(i -> !known.contains(i)).toList();
		requireItemsOfHost(meeting, draft.agendaNumber(), added);
		LocalDate asOf = report.getFiguresAsOf() == null ? figuresDay(meeting) : report.getFiguresAsOf();
		kept.addAll(figures(meeting, draft, added, asOf));
		report.freeze(kept, asOf);
		report = reports.save(report);
		audit.record("ReportHeard", reportId, "CHANGE", before, report.snapshot(), meeting.getRegionId());
	}

	@Transactional
	public void removeReport(long reportId, int version) {
		ReportHeard report = reports.findById(reportId).orElseThrow(() -> new NoSuchElementException("report " + reportId));
		checkVersion(report.getVersion(), version, "report " + reportId);
		Meeting meeting = editableMeeting(report.getMeetingId());
		reports.delete(report);
		audit.record("ReportHeard", reportId, "REMOVE", report.snapshot(), null, meeting.getRegionId());
	}

	/** A member or the secretary records a proposal raised at the meeting (until its protocol is signed). */
	@Transactional
	public long raiseProposal(long meetingId, long personId, String text, Long directionId,
			kz.kenes.i18n.Language language) {
		Meeting meeting = meetings.findById(meetingId)
			.orElseThrow(() -> new NoSuchElementException("meeting " + meetingId));
		// who may, before what the meeting's state allows: outsiders learn nothing about it
		if (!access.canAny(meeting.getCouncilId(), Role.SECRETARY, Role.MEMBER)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Only the council's secretary or members raise proposals");
		}
		meeting.requireEditable();
		requirePerson(personId);
		return proposals.raiseAtMeeting(new MeetingProposal(meeting.getCouncilId(), meetingId, personId, text,
				language, directionId, meeting.date())).id();
	}

	/** Marks a meeting as an example (demo data: its date and number are assumed); administrators only. */
	@Transactional
	public void markExample(long id) {
		if (!access.isAdmin()) {
			throw new org.springframework.security.access.AccessDeniedException("Only administrators mark examples");
		}
		Meeting meeting = meetings.findById(id).orElseThrow(() -> new NoSuchElementException("meeting " + id));
		meeting.markExample();
		meetings.save(meeting);
		audit.record("Meeting", id, "MARK_EXAMPLE", null, meeting.snapshot(), meeting.getRegionId());
	}

	/** Whether the current user keeps this council's meetings. */
	public boolean canEdit(long councilId) {
		return access.can(Role.SECRETARY, councilId);
	}

	public boolean canRead(long councilId) {
		return access.canAny(councilId, Role.SECRETARY, Role.MEMBER);
	}

	/** The figures of the items for the agenda item's reporting period ("2024, 10 months"; else the day's year). */
	private List<HeardFigure> figures(Meeting meeting, ReportDraft draft, List<Long> items, LocalDate asOf) {
		AgendaItem agenda = meeting.agenda().stream().filter(a -> a.number() == draft.agendaNumber()).findFirst()
			.orElseThrow();
		return progress.figures(items, asOf, ReportingPeriods.lastYear(agenda.periodYear(), asOf),
				ReportingPeriods.lastMonths(agenda.periodYear(), agenda.periodMonths(), asOf));
	}

	/**
	 * Figures heard come only from roadmaps of the host's branch subtree (the host itself when it is a branch, else its
	 * nearest branch above), or, for an event of the party's national level, from its national roadmap; for a host
	 * with no branch above (an akimat, a maslikhat) from the roadmaps of its region. When the agenda question names a
	 * program, only that program's roadmaps count.
	 */
	private void requireItemsOfHost(Meeting meeting, int agendaNumber, List<Long> items) {
		if (items.isEmpty()) {
			return;
		}
		Long programId = meeting.agenda().stream().filter(a -> a.number() == agendaNumber).findFirst()
			.map(AgendaItem::programId).orElse(null);
		int allowed = jdbc.sql("""
				WITH host AS (SELECT id, path FROM org_unit WHERE id = :host),
				scope AS (SELECT u.id, u.kind, u.path FROM org_unit u, host h
				          WHERE (u.id = h.id OR h.path LIKE u.path || u.id || '/%')
				            AND u.kind IN ('PARTY','REGIONAL_BRANCH','CITY_BRANCH','DISTRICT_BRANCH')
				          ORDER BY length(u.path) DESC LIMIT 1)
				SELECT count(*) FROM roadmap_item i JOIN roadmap r ON r.id = i.roadmap_id
				JOIN org_unit b ON b.id = r.branch_id
				WHERE i.id IN (:items) AND (CAST(:program AS BIGINT) IS NULL OR r.program_id = :program)
				  AND CASE
				      WHEN NOT EXISTS (SELECT 1 FROM scope) THEN r.region_id = :region
				      WHEN (SELECT kind FROM scope) = 'PARTY' THEN b.id = (SELECT id FROM scope)
				      ELSE b.id = (SELECT id FROM scope)
				           OR b.path LIKE (SELECT path || id || '/%' FROM scope) END""")
			.param("host", meeting.getCouncilId()).param("items", items).param("program", programId)
			.param("region", meeting.getRegionId() == null ? -1L : meeting.getRegionId())
			.query(Integer.class).single();
		if (allowed != items.size()) {
			throw new RuleViolation("meeting.error.figuresOutsideHost");
		}
	}

	/** Figures are frozen as of the meeting day, or today for a meeting recorded ahead of its day. */
	private LocalDate figuresDay(Meeting meeting) {
		return meeting.date().isAfter(today()) ? today() : meeting.date();
	}

	private Meeting editableMeeting(long meetingId) {
		Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new NoSuchElementException("meeting " + meetingId));
		access.require(Role.SECRETARY, meeting.getCouncilId());
		meeting.requireEditable();
		return meeting;
	}

	private void update(long id, int version, String action, Consumer<Meeting> change) {
		Meeting meeting = meetings.findById(id).orElseThrow(() -> new NoSuchElementException("meeting " + id));
		access.require(Role.SECRETARY, meeting.getCouncilId());
		checkVersion(meeting.getVersion(), version, "meeting " + id);
		Meeting.Snapshot before = meeting.snapshot();
		change.accept(meeting);
		meeting = meetings.save(meeting);
		audit.record("Meeting", id, action, before, meeting.snapshot(), meeting.getRegionId());
	}

	private AgendaItem item(Meeting meeting, AgendaDraft draft) {
		int number = draft.number() == null ? meeting.nextAgendaNumber() : draft.number();
		if (number < 1) {
			throw new RuleViolation("meeting.error.agendaNumber");
		}
		AgendaItem item = new AgendaItem(number, draft.titleKk(), draft.titleRu(), draft.titleEn(), draft.programId(),
				draft.directionIds(), draft.periodYear(), draft.periodMonths(), draft.periodFromYear(),
				draft.periodFromMonth());
		if (item.programId() != null) {
			Program program = catalog.program(item.programId())
				.orElseThrow(() -> new RuleViolation("meeting.error.program"));
			PeriodSpan span = item.span();
			if (span != null) {
				// a review of 2021 under a 2023–2027 program is refused, so is one reaching past its last year
				program.requireYear(span.fromYear());
				program.requireYear(span.toYear());
			}
		}
		return item;
	}

	/**
	 * The position a person held on the meeting day: the one given (it must be theirs and held that day), else the
	 * one in the council itself, then in a unit above it, then any.
	 */
	private Long position(Meeting meeting, long personId, Long positionId) {
		requirePerson(personId);
		List<PositionHeld> held = positions.findByPersonId(personId).stream().filter(p -> p.heldOn(meeting.date()))
			.toList();
		if (positionId != null) {
			return held.stream().filter(p -> p.getId().equals(positionId)).findFirst()
				.orElseThrow(() -> new RuleViolation("meeting.error.position")).getId();
		}
		List<Long> lineage = units.findById(meeting.getCouncilId()).map(OrgUnit::lineage).orElse(List.of());
		return held.stream()
			.min(Comparator.comparingInt((PositionHeld p) -> p.getOrgUnitId().equals(meeting.getCouncilId()) ? 0
					: lineage.contains(p.getOrgUnitId()) ? 1 : 2).thenComparing(PositionHeld::getStartDate,
							Comparator.reverseOrder()))
			.map(PositionHeld::getId).orElse(null);
	}

	private void requireFreeNumber(long councilId, MeetingDetails details, long exceptId) {
		if (details.startsAt() != null
				&& meetings.numberTaken(councilId, details.startsAt().getYear(), details.number(), exceptId)) {
			throw new RuleViolation("meeting.error.numberTaken", details.number());
		}
	}

	private void requirePeople(MeetingDetails details) {
		if (details.chairPersonId() != null) {
			requirePerson(details.chairPersonId());
		}
		if (details.secretaryPersonId() != null) {
			requirePerson(details.secretaryPersonId());
		}
	}

	private void requirePerson(long personId) {
		if (!people.existsById(personId)) {
			throw new RuleViolation("meeting.error.person");
		}
	}

	private static List<Long> items(ReportDraft draft) {
		return draft.roadmapItemIds() == null ? List.of() : draft.roadmapItemIds().stream().distinct().toList();
	}

	static void checkVersion(Integer actual, int expected, String what) {
		if (actual == null || actual != expected) {
			throw new OptimisticLockingFailureException(what + " changed since version " + expected);
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}

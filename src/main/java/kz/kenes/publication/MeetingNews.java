package kz.kenes.publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.identity.Access;
import kz.kenes.identity.Role;
import kz.kenes.meeting.MeetingQueries;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnits;
import kz.kenes.organization.PositionHeld;
import kz.kenes.organization.Positions;
import kz.kenes.organization.Post;
import kz.kenes.proposal.ProposalView;
import kz.kenes.roadmap.RoadmapCatalog;

/**
 * "Draft from meeting": reads a held meeting's record (meeting module), turns it into the generator's
 * {@link MeetingRecord} (posts and units from the org structure, program years from the roadmap) and saves the
 * generated Kazakh and Russian text as a news draft linked to the meeting and its council.
 */
@Service
public class MeetingNews {

	private static final Set<Post> NAMED = Set.of(Post.EXECUTIVE_SECRETARY, Post.CHAIR);
	private static final List<Post> ORDER = List.of(Post.EXECUTIVE_SECRETARY, Post.CHAIR);

	private final MeetingQueries meetings;
	private final OrgUnits units;
	private final Positions positions;
	private final RoadmapCatalog roadmaps;
	private final MeetingNewsWriter writer;
	private final Newsroom newsroom;
	private final Access access;

	MeetingNews(MeetingQueries meetings, OrgUnits units, Positions positions, RoadmapCatalog roadmaps,
			MeetingNewsWriter writer, Newsroom newsroom, Access access) {
		this.meetings = meetings;
		this.units = units;
		this.positions = positions;
		this.roadmaps = roadmaps;
		this.writer = writer;
		this.newsroom = newsroom;
		this.access = access;
	}

	/** Generates the draft and saves it as a news item of the meeting's branch; returns the item. */
	@Transactional
	public NewsItem draftFrom(long meetingId) {
		kz.kenes.meeting.MeetingRecord meeting = meetings.record(meetingId)
			.orElseThrow(() -> new NoSuchElementException("Meeting " + meetingId));
		if (!meeting.status().isPublic()) {
			throw new kz.kenes.platform.RuleViolation("publication.draft.notHeld");
		}
		access.require(Role.SECRETARY, meeting.council().id());
		NewsDraft draft = writer.write(record(meeting));
		NewsItem item = newsroom.create(meeting.branch().id(), meeting.council().id(),
				new NewsContent(draft.title(), draft.lead(), draft.body(), Set.of()));
		return newsroom.linkMeeting(item.getId(), meetingId, meeting.council().id());
	}

	/** The generator's view of a meeting record. */
	public MeetingRecord record(kz.kenes.meeting.MeetingRecord m) {
		OrgUnit branch = units.findById(m.branch().id()).orElseThrow();
		OrgUnit council = units.findById(m.council().id()).orElseThrow();
		OrgUnit party = branch.lineage().stream().findFirst().flatMap(units::findById).orElse(branch);

		List<MeetingRecord.Attendee> named = new ArrayList<>();
		boolean heads = false;
		boolean members = false;
		for (var attendee : m.present()) {
			Optional<PositionHeld> position = position(attendee.person());
			if (position.isEmpty()) {
				continue;
			}
			Post post = position.get().getPost();
			if (NAMED.contains(post)) {
				named.add(attendee(attendee.person(), position.get()));
			}
			heads |= post == Post.HEAD_OF_DEPARTMENT || post == Post.DEPUTY_HEAD;
			members |= post == Post.MEMBER;
		}
		named.sort(Comparator.comparingInt(a -> ORDER.indexOf(a.post())));

		var agenda = m.agenda().stream().filter(a -> a.programId() != null).findFirst();
		Map<String, LocalizedText> directions = new LinkedHashMap<>();
		m.agenda().forEach(a -> a.directions().forEach(d -> directions.putIfAbsent(d.kk(), d)));
		MeetingRecord.Program program = agenda.flatMap(a -> roadmaps.program(a.programId()))
			.map(p -> new MeetingRecord.Program(p.name(), p.getFirstYear(), p.getLastYear()))
			.orElse(new MeetingRecord.Program(new LocalizedText("", "", ""), 0, 0));
		int year = agenda.map(a -> a.periodYear()).orElse(m.date().getYear());
		int months = agenda.map(a -> a.periodMonths() == null ? 12 : a.periodMonths()).orElse(12);

		List<MeetingRecord.Report> reports = m.reports().stream().map(r -> new MeetingRecord.Report(
				position(r.speaker()).map(p -> attendee(r.speaker(), p))
					.orElse(new MeetingRecord.Attendee(r.speaker().name(), Post.MEMBER, unit(council))),
				null,
				r.figures().stream().map(f -> new MeetingRecord.Figure(f.itemName(), f.unit(), f.year(), f.planned(),
						f.actual())).toList(),
				r.summary())).toList();
		List<LocalizedText> proposals = m.proposals().stream().map(MeetingNews::text).toList();
		return new MeetingRecord(m.id(), m.date(), party.name(), unit(branch), unit(council), program,
				List.copyOf(directions.values()), year, months, named, heads, members, reports, proposals,
				m.decisions().size());
	}

	private Optional<PositionHeld> position(kz.kenes.meeting.MeetingRecord.PersonRef person) {
		return person.positionId() == null ? Optional.empty() : positions.findById(person.positionId());
	}

	private MeetingRecord.Attendee attendee(kz.kenes.meeting.MeetingRecord.PersonRef person, PositionHeld position) {
		OrgUnit unit = units.findById(position.getOrgUnitId()).orElseThrow();
		return new MeetingRecord.Attendee(person.name(), position.getPost(), unit(unit));
	}

	private static MeetingRecord.Unit unit(OrgUnit unit) {
		return new MeetingRecord.Unit(unit.getId(), unit.getKind(), unit.name());
	}

	private static LocalizedText text(ProposalView proposal) {
		return switch (proposal.textLanguage()) {
			case "ru" -> new LocalizedText(null, proposal.text(), null);
			default -> new LocalizedText(proposal.text(), null, null);
		};
	}
}

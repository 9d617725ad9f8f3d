package kz.kenes.publication;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.identity.Access;
import kz.kenes.identity.Role;
import kz.kenes.meeting.EventKind;
import kz.kenes.meeting.MeetingQueries;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnitKind;
import kz.kenes.organization.OrgUnitNames;
import kz.kenes.organization.OrgUnits;
import kz.kenes.organization.PositionHeld;
import kz.kenes.organization.Positions;
import kz.kenes.organization.PostTitles;
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
	private static final Set<OrgUnitKind> BRANCHES = Set.of(OrgUnitKind.PARTY, OrgUnitKind.REGIONAL_BRANCH,
			OrgUnitKind.CITY_BRANCH, OrgUnitKind.DISTRICT_BRANCH);
	private static final List<Post> ORDER = List.of(Post.EXECUTIVE_SECRETARY, Post.CHAIR);

	private final MeetingQueries meetings;
	private final OrgUnits units;
	private final Positions positions;
	private final RoadmapCatalog roadmaps;
	private final MeetingNewsWriter writer;
	private final Newsroom newsroom;
	private final Access access;
	private final OrgUnitNames unitNames;

	MeetingNews(MeetingQueries meetings, OrgUnits units, Positions positions, RoadmapCatalog roadmaps,
			MeetingNewsWriter writer, Newsroom newsroom, Access access, OrgUnitNames unitNames) {
		this.unitNames = unitNames;
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
		// The host's secretary, or a secretary of a unit above it, writes the news of the host's event; it is the
		// news of the host's branch (the host itself when a branch holds the event).
		access.require(Role.SECRETARY, meeting.council().id());
		OrgUnit host = units.findById(meeting.council().id()).orElseThrow();
		OrgUnit branch = newsBranch(host);
		Long council = branch.getId().equals(host.getId()) ? null : host.getId();
		NewsDraft draft = writer.write(record(meeting));
		NewsItem item = newsroom.create(branch.getId(), council,
				new NewsContent(draft.title(), draft.lead(), draft.body(), Set.of()));
		return newsroom.linkMeeting(item.getId(), meetingId, council);
	}

	/** The generator's view of a meeting record. */
	public MeetingRecord record(kz.kenes.meeting.MeetingRecord m) {
		OrgUnit council = units.findById(m.council().id()).orElseThrow();
		OrgUnit branch = newsBranch(council);
		OrgUnit party = council.lineage().stream().findFirst().flatMap(units::findById).orElse(council);

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

		List<MeetingRecord.AgendaItem> agenda = m.agenda().stream().map(a -> new MeetingRecord.AgendaItem(a.title(),
				a.programId() == null ? null : roadmaps.program(a.programId())
					.map(p -> new MeetingRecord.Program(p.name(), p.getFirstYear(), p.getLastYear()))
					.orElse(new MeetingRecord.Program(a.program(), 0, 0)),
				a.directions(),
				a.span() == null ? null
						: new MeetingRecord.Period(YearMonth.of(a.span().fromYear(), a.span().fromMonth()),
								YearMonth.of(a.span().toYear(), a.span().toMonth()))))
			.toList();

		List<MeetingRecord.Report> reports = m.reports().stream().map(r -> new MeetingRecord.Report(
				position(r.speaker()).map(p -> attendee(r.speaker(), p))
					.orElse(new MeetingRecord.Attendee(r.speaker().name(), Post.MEMBER, unit(council))),
				null,
				r.figures().stream().map(f -> new MeetingRecord.Figure(f.itemName(), f.unit(), f.year(), f.planned(),
						f.actual())).toList(),
				r.summary())).toList();
		// The chair first, then the co-chairs, each with the post held that day (from any level).
		List<MeetingRecord.Attendee> chairs = m.chairs().stream()
			.map(c -> position(c).map(p -> attendee(c, p))
				.orElse(new MeetingRecord.Attendee(c.name(), Post.CHAIR, unit(council), c.position())))
			.toList();
		List<MeetingRecord.AudienceGroup> audience = m.audience().stream()
			.map(g -> new MeetingRecord.AudienceGroup(g.kind(), g.count()))
			.toList();
		List<LocalizedText> proposals = m.proposals().stream().map(MeetingNews::text).toList();
		List<LocalizedText> decisions = m.decisions().stream().map(d -> d.text()).toList();
		return new MeetingRecord(m.id(), m.date(), m.kind(), m.format(), m.onlinePlatform(), m.place(),
				unitNames.nameOn(party.getId(), m.date()), namedThatDay(council, m),
				branch == council ? null : namedThatDay(branch, m), chairs, named, heads, members, audience, agenda, reports, List.of(),
				proposals, decisions);
	}

	/**
	 * The branch whose news an event of this host is: the host itself when it is a party unit, else the nearest
	 * party unit above it, else (a host outside the party's tree) the host.
	 */
	OrgUnit newsBranch(OrgUnit host) {
		if (BRANCHES.contains(host.getKind())) {
			return host;
		}
		List<Long> lineage = host.lineage();
		for (int i = lineage.size() - 1; i >= 0; i--) {
			Optional<OrgUnit> unit = units.findById(lineage.get(i));
			if (unit.isPresent() && BRANCHES.contains(unit.get().getKind())) {
				return unit.get();
			}
		}
		return host;
	}

	private Optional<PositionHeld> position(kz.kenes.meeting.MeetingRecord.PersonRef person) {
		return person.positionId() == null ? Optional.empty() : positions.findById(person.positionId());
	}

	private MeetingRecord.Attendee attendee(kz.kenes.meeting.MeetingRecord.PersonRef person, PositionHeld position) {
		OrgUnit unit = units.findById(position.getOrgUnitId()).orElseThrow();
		if (MeetingNewsWriter.writesPost(position.getPost())) {
			return new MeetingRecord.Attendee(person.name(), position.getPost(), unit(unit));
		}
		// an akim, a deputy, a director…: the official title of the post in its unit («Түркістан облысының әкімі»)
		LocalizedText own = position.getTitleKk() == null ? null
				: new LocalizedText(position.getTitleKk(), position.getTitleRu(), position.getTitleEn());
		return new MeetingRecord.Attendee(person.name(), position.getPost(), unit(unit),
				PostTitles.of(position.getPost(), unit, own));
	}

	/** The unit under the name it had on the meeting day (the meeting record carries the host's and branch's). */
	private static MeetingRecord.Unit namedThatDay(OrgUnit unit, kz.kenes.meeting.MeetingRecord m) {
		LocalizedText name = m.council().id() == unit.getId() ? m.council().name()
				: m.branch() != null && m.branch().id() == unit.getId() ? m.branch().name() : unit.name();
		return new MeetingRecord.Unit(unit.getId(), unit.getKind(), name);
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

package kz.kenes.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.platform.RuleViolation;

/**
 * An event at which a roadmap is reported on (a council meeting, a press conference, a meeting with residents, …),
 * hosted by any org unit ({@code councilId} is the host: the column kept its name). It has a kind, a format with the
 * online platform's name, the chair and co-chairs (each in a post held that day), named participants and unnamed
 * audience groups. Its status moves planned → held → protocol signed (or planned → cancelled); the record
 * (details, agenda, participants, reports heard, decisions) may change until the protocol is signed, then it is final.
 */
@Table("meeting")
public class Meeting {

	@Id
	private Long id;
	private Long councilId;
	private Long regionId;
	private int number;
	private LocalDateTime startsAt;
	private int durationMinutes = 120;
	private MeetingFormat format;
	private String place;
	private String onlineLink;
	private Long chairPersonId;
	private Long secretaryPersonId;
	private MeetingStatus status = MeetingStatus.PLANNED;
	private int otherGuests;
	private LocalDate heldOn;
	private LocalDate protocolSignedOn;
	private boolean isExample;
	private EventKind kind = EventKind.COUNCIL_MEETING;
	private String onlinePlatform;
	@Version
	private Integer version;
	@MappedCollection(idColumn = "meeting")
	private Set<AgendaItem> agenda = new HashSet<>();
	@MappedCollection(idColumn = "meeting")
	private Set<Participant> participants = new HashSet<>();
	@MappedCollection(idColumn = "meeting")
	private Set<CoChair> coChairs = new HashSet<>();
	@MappedCollection(idColumn = "meeting")
	private Set<AudienceGroup> audience = new HashSet<>();

	protected Meeting() {
	}

	Meeting(long councilId, Long regionId, MeetingDetails details) {
		this.councilId = councilId;
		this.regionId = regionId;
		apply(details);
	}

	/** Number, time, format, place, chair and secretary. */
	void change(MeetingDetails details) {
		requireEditable();
		if (status != MeetingStatus.PLANNED && !details.startsAt().toLocalDate().equals(startsAt.toLocalDate())) {
			throw new RuleViolation("meeting.error.heldDateFixed");
		}
		apply(details);
	}

	private void apply(MeetingDetails details) {
		if (details.number() < 1) {
			throw new RuleViolation("meeting.error.number");
		}
		if (details.startsAt() == null) {
			throw new RuleViolation("meeting.error.startsAt");
		}
		if (details.durationMinutes() < 15 || details.durationMinutes() > 24 * 60) {
			throw new RuleViolation("meeting.error.duration");
		}
		if (details.format() == null) {
			throw new RuleViolation("meeting.error.format");
		}
		if (details.format().needsPlace() && blank(details.place())) {
			throw new RuleViolation("meeting.error.placeRequired");
		}
		if (details.format().needsLink() && blank(details.onlineLink())) {
			throw new RuleViolation("meeting.error.linkRequired");
		}
		if (!blank(details.onlineLink()) && !details.onlineLink().strip().matches("https://[^\\s<>\"]+")) {
			throw new RuleViolation("meeting.error.link");
		}
		if (!blank(details.onlinePlatform()) && details.onlinePlatform().strip().length() > 100) {
			throw new RuleViolation("meeting.error.platform");
		}
		// details that do not name the kind keep it (a council meeting when new)
		this.kind = details.kind() == null ? kind : details.kind();
		// a platform names where an online part took place: none for an event held only in person
		this.onlinePlatform = details.format() == MeetingFormat.IN_PERSON || blank(details.onlinePlatform()) ? null
				: details.onlinePlatform().strip();
		this.number = details.number();
		this.startsAt = details.startsAt().withSecond(0).withNano(0);
		this.durationMinutes = details.durationMinutes();
		this.format = details.format();
		this.place = blank(details.place()) ? null : details.place().strip();
		this.onlineLink = blank(details.onlineLink()) ? null : details.onlineLink().strip();
		this.chairPersonId = details.chairPersonId();
		this.secretaryPersonId = details.secretaryPersonId();
	}

	void addAgendaItem(AgendaItem item) {
		requireEditable();
		if (agenda.stream().anyMatch(a -> a.number() == item.number())) {
			throw new RuleViolation("meeting.error.agendaNumberTaken", item.number());
		}
		agenda.add(item);
	}

	void replaceAgendaItem(AgendaItem item) {
		requireEditable();
		if (!agenda.removeIf(a -> a.number() == item.number())) {
			throw new RuleViolation("meeting.error.noAgendaItem", item.number());
		}
		agenda.add(item);
	}

	void removeAgendaItem(int number) {
		requireEditable();
		agenda.removeIf(a -> a.number() == number);
	}

	int nextAgendaNumber() {
		return agenda.stream().mapToInt(AgendaItem::number).max().orElse(0) + 1;
	}

	void requireAgendaItem(int number) {
		if (agenda.stream().noneMatch(a -> a.number() == number)) {
			throw new RuleViolation("meeting.error.noAgendaItem", number);
		}
	}

	void invite(long personId, Long positionId) {
		requireEditable();
		Participant existing = participant(personId);
		if (existing != null) {
			participants.remove(existing);
			participants.add(new Participant(personId, positionId, true, existing.attendance()));
		}
		else {
			participants.add(new Participant(personId, positionId, true, null));
		}
	}

	/** A co-chair in the post they held that day; without a post they are refused (the protocol names it). */
	void addCoChair(long personId, Long positionId) {
		requireEditable();
		if (positionId == null) {
			throw new RuleViolation("meeting.error.coChairPost");
		}
		if (coChairs.stream().anyMatch(c -> c.personId() == personId)) {
			throw new RuleViolation("meeting.error.coChairTwice");
		}
		if (coChairs.size() >= 10) {
			throw new RuleViolation("meeting.error.coChairs");
		}
		int order = coChairs.stream().mapToInt(CoChair::sortOrder).max().orElse(0) + 1;
		coChairs.add(new CoChair(personId, positionId, order));
	}

	void removeCoChair(long personId) {
		requireEditable();
		coChairs.removeIf(c -> c.personId() == personId);
	}

	/** Sets how many of a kind came (replacing an earlier count of that kind). */
	void putAudienceGroup(AudienceGroup group) {
		requireEditable();
		audience.removeIf(g -> g.kind() == group.kind());
		audience.add(group);
	}

	void removeAudienceGroup(AudienceKind kind) {
		requireEditable();
		audience.removeIf(g -> g.kind() == kind);
	}

	void removeParticipant(long personId) {
		requireEditable();
		participants.removeIf(p -> p.personId() == personId);
	}

	/** Who came: recorded on or after the meeting day, never for people not on the list. */
	void recordAttendance(long personId, Attendance attendance, LocalDate today) {
		requireEditable();
		if (startsAt.toLocalDate().isAfter(today)) {
			throw new RuleViolation("meeting.error.attendanceBeforeDay");
		}
		Participant participant = participant(personId);
		if (participant == null) {
			throw new RuleViolation("meeting.error.notInvited");
		}
		participants.remove(participant);
		participants.add(participant.withAttendance(attendance));
	}

	/** Someone who came without an invitation (an official sent instead, a speaker). */
	void recordWalkIn(long personId, Long positionId, LocalDate today) {
		requireEditable();
		if (startsAt.toLocalDate().isAfter(today)) {
			throw new RuleViolation("meeting.error.attendanceBeforeDay");
		}
		Participant existing = participant(personId);
		participants.remove(existing);
		participants.add(new Participant(personId, positionId, existing != null && existing.invited(),
				Attendance.PRESENT));
	}

	void setOtherGuests(int count) {
		requireEditable();
		if (count < 0 || count > 100_000) {
			throw new RuleViolation("meeting.error.guests");
		}
		this.otherGuests = count;
	}

	void markHeld(LocalDate today) {
		if (status != MeetingStatus.PLANNED) {
			throw transition(MeetingStatus.HELD);
		}
		if (startsAt.toLocalDate().isAfter(today)) {
			throw new RuleViolation("meeting.error.heldBeforeDay");
		}
		if (agenda.isEmpty()) {
			throw new RuleViolation("meeting.error.noAgenda");
		}
		if (participants.stream().noneMatch(p -> p.attendance() == Attendance.PRESENT) && audience.isEmpty()) {
			throw new RuleViolation("meeting.error.noAttendance");
		}
		if (chairPersonId == null && coChairs.isEmpty()) {
			throw new RuleViolation("meeting.error.noChair");
		}
		this.status = MeetingStatus.HELD;
		this.heldOn = startsAt.toLocalDate();
	}

	void signProtocol(LocalDate signedOn) {
		if (status != MeetingStatus.HELD) {
			throw transition(MeetingStatus.PROTOCOL_SIGNED);
		}
		if (signedOn == null || signedOn.isBefore(startsAt.toLocalDate())) {
			throw new RuleViolation("meeting.error.signedBeforeMeeting");
		}
		if (secretaryPersonId == null) {
			throw new RuleViolation("meeting.error.noSecretary");
		}
		this.status = MeetingStatus.PROTOCOL_SIGNED;
		this.protocolSignedOn = signedOn;
	}

	void cancel() {
		if (status != MeetingStatus.PLANNED) {
			throw transition(MeetingStatus.CANCELLED);
		}
		this.status = MeetingStatus.CANCELLED;
	}

	/** Reports heard and decisions belong to the record: they change only until the protocol is signed. */
	void requireEditable() {
		if (status == MeetingStatus.PROTOCOL_SIGNED) {
			throw new RuleViolation("meeting.error.signed");
		}
		if (status == MeetingStatus.CANCELLED) {
			throw new RuleViolation("meeting.error.cancelled");
		}
	}

	/** Names both states in the reader's language. */
	private RuleViolation transition(MeetingStatus to) {
		return new RuleViolation("meeting.error.transition",
				new org.springframework.context.support.DefaultMessageSourceResolvable("meeting.status." + status),
				new org.springframework.context.support.DefaultMessageSourceResolvable("meeting.status." + to));
	}

	void markExample() {
		this.isExample = true;
	}

	private Participant participant(long personId) {
		return participants.stream().filter(p -> p.personId() == personId).findFirst().orElse(null);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	public Long getId() {
		return id;
	}

	public Long getCouncilId() {
		return councilId;
	}

	public Long getRegionId() {
		return regionId;
	}

	public int getNumber() {
		return number;
	}

	public LocalDateTime getStartsAt() {
		return startsAt;
	}

	public LocalDate date() {
		return startsAt.toLocalDate();
	}

	public int getDurationMinutes() {
		return durationMinutes;
	}

	public MeetingFormat getFormat() {
		return format;
	}

	public String getPlace() {
		return place;
	}

	public String getOnlineLink() {
		return onlineLink;
	}

	public Long getChairPersonId() {
		return chairPersonId;
	}

	public Long getSecretaryPersonId() {
		return secretaryPersonId;
	}

	public MeetingStatus getStatus() {
		return status;
	}

	public int getOtherGuests() {
		return otherGuests;
	}

	public LocalDate getProtocolSignedOn() {
		return protocolSignedOn;
	}

	public Integer getVersion() {
		return version;
	}

	public List<AgendaItem> agenda() {
		return agenda.stream().sorted(Comparator.comparingInt(AgendaItem::number)).toList();
	}

	public List<Participant> participants() {
		return List.copyOf(participants);
	}

	public EventKind getKind() {
		return kind;
	}

	public String getOnlinePlatform() {
		return onlinePlatform;
	}

	/** Co-chairs in the order they were added. */
	public List<CoChair> coChairs() {
		return coChairs.stream().sorted(Comparator.comparingInt(CoChair::sortOrder)).toList();
	}

	/** Audience groups in the order of their kinds. */
	public List<AudienceGroup> audience() {
		return audience.stream().sorted(Comparator.comparing(AudienceGroup::kind)).toList();
	}

	Snapshot snapshot() {
		return new Snapshot(id, councilId, number, startsAt, format, place, onlineLink, chairPersonId,
				secretaryPersonId, status, otherGuests, protocolSignedOn, agenda(), participants(), kind,
				onlinePlatform, coChairs(), audience());
	}

	record Snapshot(Long id, Long councilId, int number, LocalDateTime startsAt, MeetingFormat format, String place,
			String onlineLink, Long chairPersonId, Long secretaryPersonId, MeetingStatus status, int otherGuests,
			LocalDate protocolSignedOn, List<AgendaItem> agenda, List<Participant> participants, EventKind kind,
			String onlinePlatform, List<CoChair> coChairs, List<AudienceGroup> audience) {
	}
}

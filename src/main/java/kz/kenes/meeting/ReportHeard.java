package kz.kenes.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.platform.RuleViolation;

/**
 * A report heard at a meeting: who spoke (in the position held that day), on which agenda item, a summary, and the
 * progress figures of the roadmap items it covered, frozen as of the meeting day.
 */
@Table("meeting_report_heard")
public class ReportHeard {

	@Id
	private Long id;
	private Long meetingId;
	private Long regionId;
	private int agendaNumber;
	private Long speakerId;
	private Long speakerPositionId;
	private String summaryKk;
	private String summaryRu;
	private String summaryEn;
	private LocalDate figuresAsOf;
	private int sortOrder;
	@Version
	private Integer version;
	@MappedCollection(idColumn = "report_heard", keyColumn = "position")
	private List<HeardFigure> figures = new ArrayList<>();

	protected ReportHeard() {
	}

	ReportHeard(long meetingId, Long regionId, int agendaNumber, long speakerId, Long speakerPositionId,
			String summaryKk, String summaryRu, String summaryEn, int sortOrder) {
		this.meetingId = meetingId;
		this.regionId = regionId;
		this.agendaNumber = agendaNumber;
		this.speakerId = speakerId;
		this.speakerPositionId = speakerPositionId;
		this.sortOrder = sortOrder;
		summarize(summaryKk, summaryRu, summaryEn);
	}

	void summarize(String kk, String ru, String en) {
		if (kk == null || kk.isBlank() || ru == null || ru.isBlank()) {
			throw new RuleViolation("meeting.error.summaryRequired");
		}
		if (kk.length() > 8000 || ru.length() > 8000 || (en != null && en.length() > 8000)) {
			throw new RuleViolation("meeting.error.summaryTooLong");
		}
		this.summaryKk = kk.strip();
		this.summaryRu = ru.strip();
		this.summaryEn = en == null || en.isBlank() ? null : en.strip();
	}

	void moveTo(int agendaNumber, long speakerId, Long speakerPositionId) {
		this.agendaNumber = agendaNumber;
		this.speakerId = speakerId;
		this.speakerPositionId = speakerPositionId;
	}

	/** Takes a copy of the figures as they stand on the given day (replacing an earlier copy). */
	void freeze(List<HeardFigure> figures, LocalDate asOf) {
		this.figures = new ArrayList<>(figures);
		this.figuresAsOf = asOf;
	}

	public Long getId() {
		return id;
	}

	public Long getMeetingId() {
		return meetingId;
	}

	public int getAgendaNumber() {
		return agendaNumber;
	}

	public Long getSpeakerId() {
		return speakerId;
	}

	public LocalDate getFiguresAsOf() {
		return figuresAsOf;
	}

	public Integer getVersion() {
		return version;
	}

	public String getSummaryKk() {
		return summaryKk;
	}

	public List<HeardFigure> figures() {
		return List.copyOf(figures);
	}

	public List<Long> coveredItems() {
		return figures.stream().map(HeardFigure::roadmapItemId).filter(java.util.Objects::nonNull).distinct().toList();
	}

	Snapshot snapshot() {
		return new Snapshot(id, meetingId, agendaNumber, speakerId, speakerPositionId, summaryKk, summaryRu,
				figuresAsOf, figures());
	}

	record Snapshot(Long id, Long meetingId, int agendaNumber, Long speakerId, Long speakerPositionId,
			String summaryKk, String summaryRu, LocalDate figuresAsOf, List<HeardFigure> figures) {
	}
}

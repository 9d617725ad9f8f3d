package kz.kenes.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import kz.kenes.i18n.Language;

/** Meetings as iCalendar (RFC 5545): one event per meeting, and a feed of all meetings of a council. */
@Component
public class MeetingCalendar {

	/** Kazakhstan keeps one time zone, UTC+5, since March 2024; meeting times are wall-clock times there. */
	static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

	private static final String PROD_ID = "-//Kenes//Council meetings//KK";

	/** One meeting; the online link goes into the event only when {@code withLink} (staff downloads). */
	public String event(MeetingRecord record, Language language, String pageUrl, boolean withLink) {
		VEvent event = vevent(record.id(), record.startsAt(), record.durationMinutes(),
				record.council().name().in(language) + " — № " + record.number(), record.place(), withLink ? record.onlineLink() : null, record.status(),
				pageUrl);
		String agenda = String.join("\n", record.agenda().stream()
			.map(a -> a.number() + ". " + a.title().in(language)).toList());
		if (!agenda.isBlank()) {
			event.add(new Description(agenda));
		}
		return calendar(List.of(event));
	}

	/** All meetings of a council (public: no online links). */
	public String feed(List<MeetingSummary> meetings, Language language, String baseUrl) {
		return calendar(meetings.stream()
			.map(m -> vevent(m.id(), m.startsAt(), 120, m.council().in(language) + " — № " + m.number(), m.place(),
					null, m.status(), m.status().isPublic() ? baseUrl + "/meetings/" + m.id() : null))
			.toList());
	}

	private static VEvent vevent(long id, java.time.LocalDateTime startsAt, int minutes, String summary, String place,
			String link, MeetingStatus status, String url) {
		// written in UTC ("…Z"): every calendar reads it without a time-zone definition
		Instant start = startsAt.atZone(ZONE).toInstant();
		VEvent event = new VEvent(start, start.plusSeconds(minutes * 60L), summary);
		event.add(new Uid("meeting-" + id + "@kenes"));
		if (place != null) {
			event.add(new Location(place));
		}
		if (link != null) {
			event.add(new Url(java.net.URI.create(link)));
		}
		else if (url != null) {
			event.add(new Url(java.net.URI.create(url)));
		}
		event.add(status == MeetingStatus.CANCELLED ? new Status(Status.VALUE_CANCELLED)
				: new Status(Status.VALUE_CONFIRMED));
		return event;
	}

	private static String calendar(List<VEvent> events) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PROD_ID));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		events.forEach(calendar::add);
		return calendar.toString();
	}
}

package kz.kenes.meeting;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import kz.kenes.organization.OrgUnits;
import kz.kenes.organization.People;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.support.Actors;

/** Builds meetings of the "Miras" council for tests, as the council's secretary. */
@Component
class MeetingFixtures {

	final MeetingWorkflow meetings;
	final MeetingQueries queries;
	final OrgUnits units;
	final People people;
	final RoadmapCatalog catalog;
	final UserDetailsService users;

	MeetingFixtures(MeetingWorkflow meetings, MeetingQueries queries, OrgUnits units, People people,
			RoadmapCatalog catalog, UserDetailsService users) {
		this.meetings = meetings;
		this.queries = queries;
		this.units = units;
		this.people = people;
		this.catalog = catalog;
		this.users = users;
	}

	long miras() {
		return units.findByCode("miras-council").orElseThrow().getId();
	}

	long unit(String code) {
		return units.findByCode(code).orElseThrow().getId();
	}

	long person(String code) {
		return people.findByCode(code).orElseThrow().getId();
	}

	long item(String number) {
		var roadmap = catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow();
		return catalog.itemByNumber(roadmap.id(), number).orElseThrow().id();
	}

	int version(long meetingId) {
		return queries.record(meetingId).orElseThrow().version();
	}

	/** A planned meeting at the given time with the chair and secretary of the council. */
	long schedule(LocalDateTime at) {
		Actors.actAs(users, "secretary");
		int number = meetings.nextNumber(miras(), at.getYear());
		return meetings.schedule(miras(), new MeetingDetails(number, at, 90, MeetingFormat.IN_PERSON,
				"Шымкент, мәжіліс залы", null, person("mombek-abdiakimuly"), person("example-council-secretary")));
	}

	/** A meeting with one agenda item and the chair and a department head present. */
	long withAgendaAndAttendance(LocalDateTime at) {
		long id = schedule(at);
		meetings.addAgendaItem(id, version(id), new AgendaDraft(null, "Жол картасының орындалуы",
				"Исполнение Дорожной карты", null, null, List.of(), 2024, 10));
		meetings.invite(id, version(id), person("mombek-abdiakimuly"), null);
		meetings.invite(id, version(id), person("aigerim-zhumakulova"), null);
		meetings.recordAttendance(id, version(id), Map.of(person("mombek-abdiakimuly"), Attendance.PRESENT,
				person("aigerim-zhumakulova"), Attendance.PRESENT), 3);
		return id;
	}
}

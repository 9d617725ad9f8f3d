package kz.kenes.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import kz.kenes.support.KenesTest;
import kz.kenes.support.Logins;

@KenesTest
class MeetingCalendarTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingFixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Test
	void aMeetingsIcsParsesWithItsTimeInUtcPlaceAndAgenda() throws Exception {
		long id = fixtures.withAgendaAndAttendance(LocalDate.of(2025, 3, 14).atTime(15, 30));
		String ics = mvc.perform(get("/staff/meetings/" + id + "/meeting.ics").with(Logins.as(users, "secretary")))
			.andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		VEvent event = events.get(0);
		// 15:30 in Shymkent (UTC+5) is 10:30 UTC
		assertThat(value(event, "DTSTART")).isEqualTo("20250314T103000Z");
		assertThat(value(event, "DTEND")).isEqualTo("20250314T120000Z");
		assertThat(value(event, "LOCATION")).isEqualTo("Шымкент, мәжіліс залы");
		assertThat(value(event, "DESCRIPTION")).contains("Жол картасының орындалуы");
		assertThat(value(event, "UID")).isEqualTo("meeting-" + id + "@kenes");
	}

	@Test
	void theCouncilFeedIsPublicAndListsItsMeetings() throws Exception {
		String ics = mvc.perform(get("/councils/" + fixtures.miras() + "/meetings.ics")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).isNotEmpty();
		assertThat(events).anySatisfy(e -> assertThat(value(e, "SUMMARY")).contains("«Miras»").contains("№ 3"));
		assertThat(ics).doesNotContain("https://meet");
	}

	private static String value(VEvent event, String property) {
		return event.<Property>getProperty(property).orElseThrow().getValue();
	}
}

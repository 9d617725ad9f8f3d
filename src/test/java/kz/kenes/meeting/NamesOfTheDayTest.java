package kz.kenes.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kenes.support.Actors;
import kz.kenes.support.KenesTest;

/** An event's record (its page, protocol and news) names its host as the host was named on the event's day. */
@KenesTest
class NamesOfTheDayTest {

	@Autowired
	MeetingWorkflow meetings;

	@Autowired
	MeetingQueries queries;

	@Autowired
	MeetingFixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void logout() {
		Actors.nobody();
	}

	@Test
	void anEventOf2021NamesNurOtanAndOneOf2024NamesAmanat() {
		Actors.actAs(users, "admin");
		long party = fixtures.unit("amanat");
		long of2021 = schedule(party, LocalDateTime.of(2021, 6, 1, 10, 0));
		long of2024 = schedule(party, LocalDateTime.of(2024, 11, 15, 10, 0));
		try {
			MeetingRecord early = queries.record(of2021).orElseThrow();
			MeetingRecord late = queries.record(of2024).orElseThrow();
			assertThat(early.council().name().kk()).contains("Нұр Отан");
			assertThat(early.council().name().ru()).contains("Нур Отан");
			assertThat(early.host().name().kk()).contains("Нұр Отан");
			assertThat(late.council().name().kk()).doesNotContain("Нұр Отан").containsIgnoringCase("AMANAT");
		}
		finally {
			jdbc.sql("DELETE FROM meeting WHERE id IN (:ids)").param("ids", java.util.List.of(of2021, of2024)).update();
		}
	}

	private long schedule(long host, LocalDateTime at) {
		return meetings.schedule(host, new MeetingDetails(meetings.nextNumber(host, at.getYear()), at, 60,
				MeetingFormat.IN_PERSON, "Астана", null, null, null, EventKind.BRANCH_MEETING, null));
	}
}

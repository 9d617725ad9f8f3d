package kz.kenes.meeting;

import static kz.kenes.meeting.MeetingWorkflowTest.assertRule;
import static kz.kenes.meeting.MeetingWorkflowTest.yesterday;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kenes.i18n.Language;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.support.Actors;
import kz.kenes.support.KenesTest;

/** Events of every kind: kind, format and platform, host, co-chairs, audience groups, periods, figures' origin. */
@KenesTest
class EventsWorkflowTest {

	@Autowired
	MeetingFixtures fixtures;

	@Autowired
	MeetingWorkflow meetings;

	@Autowired
	MeetingQueries queries;

	@Autowired
	RoadmapCatalog catalog;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void logout() {
		Actors.nobody();
	}

	/** A residents' meeting held online by the city branch itself, with the branch's chair and a co-chair. */
	long residentsMeeting(LocalDateTime at) {
		Actors.actAs(users, "secretary");
		long branch = fixtures.unit("shymkent-branch");
		return meetings.schedule(branch, new MeetingDetails(meetings.nextNumber(branch, at.getYear()), at, 90,
				MeetingFormat.ONLINE, null, "https://zoom.us/j/123", fixtures.person("murat-zholdykhozhaev"),
				fixtures.person("example-council-secretary"), EventKind.RESIDENTS_MEETING, "Zoom"));
	}

	@Test
	void anEventOfAnyKindIsHostedByABranchWithItsPlatformCoChairsAndAudience() {
		long id = residentsMeeting(yesterday());
		long national = nationalLeader();
		meetings.addCoChair(id, fixtures.version(id), national, null);
		meetings.putAudienceGroup(id, fixtures.version(id), AudienceKind.RESIDENTS, 200);
		meetings.putAudienceGroup(id, fixtures.version(id), AudienceKind.JOURNALISTS, 5);
		meetings.putAudienceGroup(id, fixtures.version(id), AudienceKind.RESIDENTS, 180);

		MeetingRecord record = queries.record(id).orElseThrow();
		assertThat(record.kind()).isEqualTo(EventKind.RESIDENTS_MEETING);
		assertThat(record.format()).isEqualTo(MeetingFormat.ONLINE);
		assertThat(record.onlinePlatform()).isEqualTo("Zoom");
		assertThat(record.host().code()).isEqualTo("shymkent-branch");
		assertThat(record.branch().code()).isEqualTo("shymkent-branch");
		assertThat(record.chairs()).extracting(p -> p.name().ru())
			.containsExactly(record.chair().name().ru(), "Национальный Лидер Тест");
		assertThat(record.chairs().get(1).position().ru()).isEqualTo("председатель партии «AMANAT»");
		assertThat(record.audience()).containsExactly(new AudienceGroup(AudienceKind.RESIDENTS, 180),
				new AudienceGroup(AudienceKind.JOURNALISTS, 5));
		assertThat(record.audienceCount()).isEqualTo(185);
		assertThat(record.heading(Language.RU)).startsWith("Встреча с жителями — ");
		assertThat(queries.publicRecord(id)).isEmpty();

		// held with an audience even when no named participant is on the list
		meetings.addAgendaItem(id, fixtures.version(id), new AgendaDraft(null, "Жол картасы", "Дорожная карта", null,
				null, List.of(), 2024, 12));
		meetings.markHeld(id, fixtures.version(id));
		MeetingRecord held = queries.publicRecord(id).orElseThrow();
		assertThat(held.onlineLink()).isNull();
		assertThat(held.onlinePlatform()).isEqualTo("Zoom");
	}

	@Test
	void aCoChairWithoutAPostAnAudienceOfNobodyAndAnOverlongPlatformAreRefusedAndChangeNothing() {
		long id = residentsMeeting(yesterday());
		int version = fixtures.version(id);
		long nobody = jdbc.sql("""
				INSERT INTO person (full_name_kk, full_name_ru, full_name_en, code)
				VALUES ('Лауазымсыз', 'Без должности', 'No post', :code) RETURNING id""")
			.param("code", "no-post-" + UUID.randomUUID()).query(Long.class).single();
		assertRule(() -> meetings.addCoChair(id, version, nobody, null), "meeting.error.coChairPost");
		assertRule(() -> meetings.putAudienceGroup(id, version, AudienceKind.RESIDENTS, 0),
				"meeting.error.audienceCount");
		assertRule(() -> meetings.putAudienceGroup(id, version, AudienceKind.RESIDENTS, 100_001),
				"meeting.error.audienceCount");
		assertRule(() -> meetings.putAudienceGroup(id, version, null, 10), "meeting.error.audienceKind");
		int number = queries.record(id).orElseThrow().number();
		assertRule(() -> meetings.change(id, version, new MeetingDetails(number, yesterday(), 90, MeetingFormat.MIXED,
				"Зал", "https://teams.microsoft.com/x", null, null, EventKind.FORUM, "T".repeat(101))),
				"meeting.error.platform");

		MeetingRecord record = queries.record(id).orElseThrow();
		assertThat(record.version()).isEqualTo(version);
		assertThat(record.chairs()).hasSize(1);
		assertThat(record.audience()).isEmpty();
		assertThat(record.kind()).isEqualTo(EventKind.RESIDENTS_MEETING);
	}

	@Test
	void aBranchSecretaryHostsEventsInTheBranchAndBelowButNotAtTheNationalLevel() {
		Actors.actAs(users, "secretary");
		LocalDateTime at = yesterday();
		long amanat = fixtures.unit("amanat");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> meetings.schedule(amanat, new MeetingDetails(1, at, 60,
				MeetingFormat.IN_PERSON, "Астана", null, null, null, EventKind.FORUM, null)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThat(queries.hostsToKeep()).extracting(MeetingRecord.UnitRef::code)
			.contains("shymkent-branch", "miras-council").doesNotContain("amanat");
	}

	@Test
	void aChangeWithoutAKindKeepsItAndAnEventHeldInPersonHasNoPlatform() {
		long id = residentsMeeting(yesterday());
		meetings.change(id, fixtures.version(id), new MeetingDetails(queries.record(id).orElseThrow().number(),
				yesterday(), 60, MeetingFormat.IN_PERSON, "Ауыл клубы", null, null, null, null, "Zoom"));
		MeetingRecord record = queries.record(id).orElseThrow();
		assertThat(record.kind()).isEqualTo(EventKind.RESIDENTS_MEETING);
		assertThat(record.onlinePlatform()).isNull();
		assertThat(record.place()).isEqualTo("Ауыл клубы");
	}

	@Test
	void reviewPeriodsOfAnyLengthWithinTheProgramsYears() {
		long id = residentsMeeting(yesterday());
		long program = catalog.programByCode(RoadmapCatalog.DEMO_PROGRAM).orElseThrow().getId();
		meetings.addAgendaItem(id, fixtures.version(id), AgendaDraft.spanning(null, "Екі жыл", "Два года", null,
				program, List.of(), new PeriodSpan(2023, 1, 2024, 12)));
		meetings.addAgendaItem(id, fixtures.version(id), AgendaDraft.spanning(null, "Тоқсан", "Квартал", null,
				program, List.of(), new PeriodSpan(2024, 7, 2024, 9)));
		int version = fixtures.version(id);
		assertRule(() -> meetings.addAgendaItem(id, version, AgendaDraft.spanning(null, "Ерте", "Рано", null, program,
				List.of(), new PeriodSpan(2021, 1, 2021, 12))), "roadmap.error.year.outside");
		assertRule(() -> meetings.addAgendaItem(id, version, AgendaDraft.spanning(null, "Кеш", "Поздно", null,
				program, List.of(), new PeriodSpan(2027, 1, 2028, 12))), "roadmap.error.year.outside");
		assertRule(() -> meetings.addAgendaItem(id, version, new AgendaDraft(null, "Кері", "Назад", null, program,
				List.of(), 2024, 3, 2024, 9)), "meeting.error.period");

		MeetingRecord record = queries.record(id).orElseThrow();
		assertThat(record.version()).isEqualTo(version);
		assertThat(record.agenda()).extracting(a -> a.period(Language.KK))
			.containsExactly("2023–2024 жылдар", "2024 жылдың ІІІ тоқсаны");
		assertThat(record.agenda()).extracting(a -> a.period(Language.RU))
			.containsExactly("2023–2024 годы", "III квартал 2024 года");
		assertThat(record.agenda().get(0).span()).isEqualTo(new PeriodSpan(2023, 1, 2024, 12));
	}

	@Test
	void periodsAreLabelledInTheOfficialsWording() {
		assertThat(new PeriodSpan(2024, 1, 2024, 10).label(Language.KK)).isEqualTo("2024 жылдың 10 айы");
		assertThat(new PeriodSpan(2024, 1, 2024, 10).label(Language.RU)).isEqualTo("10 месяцев 2024 года");
		assertThat(new PeriodSpan(2024, 1, 2024, 12).label(Language.KK)).isEqualTo("2024 жыл");
		assertThat(new PeriodSpan(2024, 10, 2024, 10).label(Language.KK)).isEqualTo("2024 жылғы қазан");
		assertThat(new PeriodSpan(2024, 10, 2024, 10).label(Language.RU)).isEqualTo("октябрь 2024 года");
		assertThat(new PeriodSpan(2024, 1, 2024, 3).label(Language.EN)).isEqualTo("Q1 2024");
		assertThat(new PeriodSpan(2023, 1, 2024, 12).label(Language.EN)).isEqualTo("2023–2024");
		assertThat(new PeriodSpan(2023, 7, 2024, 6).label(Language.RU)).isEqualTo("июль 2023 года – июнь 2024 года");
		assertThat(new PeriodSpan(2024, 3, 2024, 5).label(Language.KK)).isEqualTo("2024 жылғы наурыз – мамыр");
	}

	@Test
	void figuresHeardComeOnlyFromRoadmapsOfTheHostsSubtree() {
		Actors.actAs(users, "secretary");
		long id = fixtures.withAgendaAndAttendance(yesterday());
		long speaker = fixtures.person("aigerim-zhumakulova");
		long foreign = itemOfAnotherRegion();
		assertRule(() -> meetings.recordReport(id, new ReportDraft(1, speaker, null, "Баяндама", "Доклад", null,
				List.of(fixtures.item("1"), foreign))), "meeting.error.figuresOutsideHost");
		assertThat(queries.record(id).orElseThrow().reports()).isEmpty();

		long report = meetings.recordReport(id, new ReportDraft(1, speaker, null, "Баяндама", "Доклад", null,
				List.of(fixtures.item("1"))));
		int version = queries.record(id).orElseThrow().reports().get(0).version();
		assertRule(() -> meetings.changeReport(report, version, new ReportDraft(1, speaker, null, "Баяндама", "Доклад",
				null, List.of(fixtures.item("1"), foreign))), "meeting.error.figuresOutsideHost");
		assertThat(queries.record(id).orElseThrow().reports().get(0).figures())
			.allMatch(f -> f.roadmapItemId() == null || f.roadmapItemId() == fixtures.item("1"));
	}

	@Test
	void aSpeakerOfAnotherBodyIsHeardInThePostOfTheDay() {
		Actors.actAs(users, "secretary");
		long id = fixtures.withAgendaAndAttendance(yesterday());
		long national = nationalLeader();
		meetings.recordReport(id, new ReportDraft(1, national, null, "Сөз", "Слово", null, List.of()));
		MeetingRecord record = queries.record(id).orElseThrow();
		assertThat(record.speakers()).singleElement()
			.satisfies(s -> assertThat(s.position().kk()).isEqualTo("«AMANAT» партиясының төрағасы"));
	}

	/** A person chairing the party at the national level (from any level: a national leader at a regional event). */
	private long nationalLeader() {
		String code = "national-" + UUID.randomUUID();
		long person = jdbc.sql("""
				INSERT INTO person (full_name_kk, full_name_ru, full_name_en, code)
				VALUES ('Ұлттық Көшбасшы Тест', 'Национальный Лидер Тест', 'National Leader Test', :code) RETURNING id""")
			.param("code", code).query(Long.class).single();
		jdbc.sql("""
				INSERT INTO position_held (person_id, org_unit_id, post, start_date) VALUES (?, ?, 'CHAIR', ?)""")
			.params(person, fixtures.unit("amanat"), LocalDate.of(2020, 1, 1)).update();
		return person;
	}

	/** An item of a roadmap of another regional branch, for the demo program. */
	private long itemOfAnotherRegion() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long amanat = fixtures.unit("amanat");
		String path = jdbc.sql("SELECT path || id || '/' FROM org_unit WHERE id = ?").param(amanat)
			.query(String.class).single();
		long region = jdbc.sql("""
				INSERT INTO org_unit (parent_id, kind, code, name_kk, name_ru, name_en, path)
				VALUES (:parent, 'REGIONAL_BRANCH', :code, 'Басқа өңір', 'Другой регион', 'Another region', :path)
				RETURNING id""").param("parent", amanat).param("code", "other-region-" + tag).param("path", path)
			.query(Long.class).single();
		jdbc.sql("UPDATE org_unit SET region_id = id WHERE id = ?").param(region).update();
		long program = catalog.programByCode(RoadmapCatalog.DEMO_PROGRAM).orElseThrow().getId();
		long roadmap = jdbc.sql("""
				INSERT INTO roadmap (program_id, branch_id, region_id, status) VALUES (?, ?, ?, 'APPROVED') RETURNING id""")
			.params(program, region, region).query(Long.class).single();
		return jdbc.sql("""
				INSERT INTO roadmap_item (roadmap_id, region_id, number, sort_key, name_kk, name_ru, name_en,
				    completion_form, deadline_kind, deadline_end_year)
				VALUES (?, ?, '1', 10000, 'Басқа', 'Другое', 'Other', 'EVENT', 'ANNUALLY', 2027) RETURNING id""")
			.params(roadmap, region).query(Long.class).single();
	}
}

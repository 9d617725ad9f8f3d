package kz.kenes.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kenes.roadmap.IndicatorView;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.roadmap.RoadmapPlanning;
import kz.kenes.support.Actors;
import kz.kenes.support.KenesTest;

/** What was heard at a meeting stays as it was heard, whatever happens to the roadmap and reports later. */
@KenesTest
class FrozenFiguresTest {

	@Autowired
	MeetingFixtures fixtures;

	@Autowired
	MeetingWorkflow meetings;

	@Autowired
	MeetingQueries queries;

	@Autowired
	RoadmapCatalog catalog;

	@Autowired
	RoadmapPlanning planning;

	@Autowired
	UserDetailsService users;

	@AfterEach
	void logout() {
		Actors.nobody();
	}

	@Test
	void figuresHeardStayFrozenWhenTheTargetsChangeLaterWhileTodaysFiguresFollow() {
		long item = fixtures.item("2");
		IndicatorView events = catalog.indicatorsOf(List.of(item)).get(item).get(0);
		int year = 2024; // the fixtures' agenda hears "2024, 10 months"
		BigDecimal plannedThen = events.plannedFor(year).orElseThrow();

		long id = fixtures.withAgendaAndAttendance(LocalDate.now().minusDays(1).atTime(10, 0));
		meetings.recordReport(id, new ReportDraft(1, fixtures.person("bauyrzhan-oryntaev"), null,
				"Психологиялық қолдау бойынша іс-шаралар өткізілді.", "Мероприятия психологической поддержки проведены.",
				null, List.of(item)));
		HeardFigure heard = figure(queries.record(id).orElseThrow(), events.id(), year);
		assertThat(heard.planned()).isEqualByComparingTo(plannedThen);
		assertThat(heard.itemNumber()).isEqualTo("2");
		assertThat(queries.record(id).orElseThrow().reports().get(0).figures()).allMatch(f -> f.year() <= 2024);

		Actors.actAs(users, "admin");
		planning.planTarget(events.id(), null, year, plannedThen.add(BigDecimal.TEN), "Қосымша қаржы бөлінді");

		MeetingRecord later = queries.record(id).orElseThrow();
		assertThat(figure(later, events.id(), year).planned()).isEqualByComparingTo(plannedThen);
		Map<String, HeardFigure> today = queries.todaysFigures(later);
		assertThat(today.get(heard.key()).planned()).isEqualByComparingTo(plannedThen.add(BigDecimal.TEN));

		// changing the report's text keeps the figures heard, too
		Actors.actAs(users, "secretary");
		MeetingRecord.Report report = later.reports().get(0);
		meetings.changeReport(report.id(), report.version(), new ReportDraft(1, fixtures.person("bauyrzhan-oryntaev"),
				null, "Түзетілген мәтін", "Исправленный текст", null, List.of(item)));
		assertThat(figure(queries.record(id).orElseThrow(), events.id(), year).planned())
			.isEqualByComparingTo(plannedThen);
		planning.planTarget(events.id(), null, year, plannedThen, "Бастапқы мәнге қайтарылды");
	}

	@Test
	void theSeedMeetingKeepsTheFiguresTheDepartmentHeadsQuoted() {
		MeetingRecord seed = queries.publicList(fixtures.miras(), 100, 0).stream()
			.filter(m -> m.startsAt().toLocalDate().equals(LocalDate.of(2024, 11, 15))).findFirst()
			.flatMap(m -> queries.publicRecord(m.id())).orElseThrow();
		assertThat(seed.reports()).extracting(r -> r.speaker().name().kk())
			.containsExactly("Айгерім Жұмақұлова", "Бауыржан Орынтаев");
		assertThat(seed.reports().get(0).figures()).anySatisfy(f -> {
			assertThat(f.year()).isEqualTo(2023);
			assertThat(f.unit()).isEqualTo("EVENTS");
			assertThat(f.planned()).isEqualByComparingTo("20");
		});
		assertThat(seed.reports().get(1).figures()).anySatisfy(f -> {
			assertThat(f.year()).isEqualTo(2024);
			assertThat(f.unit()).isEqualTo("FACILITIES");
			assertThat(f.planned()).isEqualByComparingTo("4");
		});
		assertThat(seed.reports()).allMatch(r -> r.figuresAsOf().equals(LocalDate.of(2024, 11, 15)));
	}

	private static HeardFigure figure(MeetingRecord record, long indicatorId, int year) {
		return record.reports().get(0).figures().stream()
			.filter(f -> f.indicatorId() == indicatorId && f.year() == year).findFirst().orElseThrow();
	}
}

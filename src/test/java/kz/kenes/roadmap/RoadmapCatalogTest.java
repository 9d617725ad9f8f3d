package kz.kenes.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kz.kenes.organization.OrgUnits;
import kz.kenes.support.KenesTest;

/** The demo roadmap as other modules read it, from PostgreSQL. */
@KenesTest
class RoadmapCatalogTest {

	@Autowired
	RoadmapCatalog catalog;

	@Autowired
	OrgUnits units;

	private RoadmapSummary demo() {
		return catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow();
	}

	@Test
	void demoRoadmapIsApprovedWithTheSeedItems() {
		RoadmapSummary roadmap = demo();
		assertThat(roadmap.status()).isEqualTo(RoadmapStatus.APPROVED);
		assertThat(roadmap.firstYear()).isEqualTo(2023);
		assertThat(roadmap.lastYear()).isEqualTo(2027);
		assertThat(roadmap.itemCount()).isGreaterThanOrEqualTo(23);
		assertThat(catalog.directions()).extracting(Direction::getCode).contains("culture", "youth", "religion");

		ItemView violence = catalog.itemByNumber(roadmap.id(), "1").orElseThrow();
		assertThat(violence.name().kk()).startsWith("Отбасындағы зорлық-зомбылықтың алдын алу");
		assertThat(violence.lead().orElseThrow().code()).isEqualTo("dept-youth");
		assertThat(violence.directionCode()).isEqualTo("youth");
		assertThat(violence.example()).isFalse();
		IndicatorView events = violence.indicators().stream().filter(i -> i.unit() == IndicatorUnit.EVENTS)
			.findFirst().orElseThrow();
		assertThat(events.plannedFor(2023)).contains(new BigDecimal("20.00"));
		assertThat(events.plannedFor(2024)).isPresent();
		IndicatorView youth = violence.indicators().stream().filter(i -> i.unit() == IndicatorUnit.PARTICIPANTS)
			.findFirst().orElseThrow();
		assertThat(youth.plannedFor(2024).orElseThrow()).isEqualByComparingTo("5000");

		ItemView support = catalog.itemByNumber(roadmap.id(), "2").orElseThrow();
		assertThat(support.lead().orElseThrow().code()).isEqualTo("dept-culture");
		assertThat(support.indicators().get(0).plannedFor(2023).orElseThrow()).isEqualByComparingTo("25");

		ItemView clubs = catalog.itemByNumber(roadmap.id(), "3").orElseThrow();
		assertThat(clubs.directionCode()).isEqualTo("culture");
		assertThat(clubs.indicators().get(0).unit()).isEqualTo(IndicatorUnit.FACILITIES);
		assertThat(clubs.indicators().get(0).plannedFor(2024).orElseThrow()).isEqualByComparingTo("4");
		assertThat(catalog.indicator(clubs.indicators().get(0).id())).isPresent();
	}

	@Test
	void itemsFilterByDirectionExecutorYearAndText() {
		RoadmapSummary roadmap = demo();
		long religion = catalog.directionByCode("religion").orElseThrow().getId();
		List<ItemView> religious = catalog.allItems(roadmap.id(), new ItemFilter(religion, null, null, null, null));
		assertThat(religious).isNotEmpty().allMatch(i -> "religion".equals(i.directionCode()));

		long culture = units.findByCode("dept-culture").orElseThrow().getId();
		ItemPage page = catalog.items(roadmap.id(), new ItemFilter(null, null, culture, null, null), 0, 5);
		assertThat(page.items()).hasSize(5).allMatch(i -> i.isExecutedBy(culture));
		assertThat(page.total()).isGreaterThan(5);
		assertThat(page.items()).allMatch(i -> !i.indicators().isEmpty());

		// item 6 is due on 30.06.2025 with targets in 2024 and 2025: not in 2026
		assertThat(catalog.allItems(roadmap.id(), new ItemFilter(null, null, null, 2026, null)))
			.extracting(ItemView::number).doesNotContain("6", "3").contains("1", "10");
		assertThat(catalog.allItems(roadmap.id(), new ItemFilter(null, null, null, null, "домбыра")))
			.extracting(ItemView::number).containsExactly("4");
		assertThat(catalog.allItems(roadmap.id(), ItemFilter.ALL)).extracting(ItemView::number)
			.startsWith("1", "2", "3", "4");
	}

	@Test
	void executorsFindTheirItems() {
		long youth = units.findByCode("dept-youth").orElseThrow().getId();
		assertThat(catalog.itemsOfExecutor(youth)).extracting(ItemView::number).contains("1", "2", "19");
	}

	@Test
	void revisedTargetShowsTheApprovedOriginal() {
		ItemView campaigns = catalog.itemByNumber(demo().id(), "14").orElseThrow();
		TargetView target = campaigns.indicators().get(0).target(2025).orElseThrow();
		assertThat(target.revised()).isTrue();
		assertThat(target.originalPlanned()).isEqualByComparingTo("30");
		assertThat(target.planned()).isEqualByComparingTo("36");
		assertThat(catalog.revisions(campaigns.id())).hasSize(1).first()
			.satisfies(r -> assertThat(r.reason()).contains("Miras"));
	}
}

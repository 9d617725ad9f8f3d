package kz.kenes.roadmap.demo;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.identity.Access;
import kz.kenes.platform.DemoDataLoader;
import kz.kenes.platform.DemoDataOrder;
import kz.kenes.roadmap.PartyProjects;
import kz.kenes.roadmap.ProjectRegistry;
import kz.kenes.roadmap.ProjectView;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.roadmap.RoadmapSummary;

/**
 * Three party projects on the demo roadmap: «Тұрмыстық зорлық-зомбылықсыз Қазақстан» (the project the seed news
 * item names), «Таза Қазақстан» (the national clean-up campaign) and «Мәдениет ордасы» (an example). Item 2 carries
 * two projects, so that a rollup by project shows an item counted in both. Loaded once, after the roadmap.
 */
@Component
@Order(DemoDataOrder.ROADMAP + 10)
class ProjectDemoData implements DemoDataLoader {

	private static final Logger log = LoggerFactory.getLogger(ProjectDemoData.class);

	static final String VIOLENCE = "zorlyq-zombylyqsyz";
	static final String CLEAN = "taza-qazaqstan";
	static final String CULTURE = "madeniet-ordasy";

	private final PartyProjects repository;
	private final ProjectRegistry projects;
	private final RoadmapCatalog catalog;
	private final Access access;

	ProjectDemoData(PartyProjects repository, ProjectRegistry projects, RoadmapCatalog catalog, Access access) {
		this.repository = repository;
		this.projects = projects;
		this.catalog = catalog;
		this.access = access;
	}

	@Override
	@Transactional
	public void loadDemoData() {
		if (repository.findByCode(VIOLENCE).isPresent()) {
			return;
		}
		RoadmapSummary roadmap = catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM)
			.orElse(null);
		if (roadmap == null) {
			log.warn("No demo roadmap: party projects not loaded");
			return;
		}
		access.runAsSystem("demo-data", () -> {
			ProjectView violence = projects.create(VIOLENCE, new LocalizedText(
					"«Тұрмыстық зорлық-зомбылықсыз Қазақстан»", "«Казахстан без бытового насилия»",
					"Kazakhstan without domestic violence"));
			ProjectView clean = projects.create(CLEAN, new LocalizedText("«Таза Қазақстан»", "«Таза Қазақстан»",
					"Clean Kazakhstan"));
			ProjectView culture = projects.create(CULTURE, new LocalizedText("«Мәдениет ордасы» (мысал)",
					"«Мәдениет ордасы» (пример)", "Houses of culture (example)"));
			Map<String, List<Long>> byNumber = Map.of("1", List.of(violence.id()), "2",
					List.of(violence.id(), culture.id()), "3", List.of(culture.id()), "6", List.of(culture.id()),
					"13", List.of(clean.id()), "15", List.of(clean.id()), "19", List.of(clean.id()));
			byNumber.forEach((number, ids) -> catalog.itemByNumber(roadmap.id(), number)
				.ifPresent(item -> projects.assign(item.id(), ids)));
		});
		log.info("Demo party projects loaded: {}, {}, {}", VIOLENCE, CLEAN, CULTURE);
	}
}

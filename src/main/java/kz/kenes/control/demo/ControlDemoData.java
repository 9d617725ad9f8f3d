package kz.kenes.control.demo;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kz.kenes.control.ControlQueries;
import kz.kenes.control.ControlWorkflow;
import kz.kenes.control.RecommendationView;
import kz.kenes.control.VisitRecord;
import kz.kenes.control.VisitType;
import kz.kenes.identity.Access;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnits;
import kz.kenes.organization.People;
import kz.kenes.organization.Person;
import kz.kenes.platform.DemoDataLoader;
import kz.kenes.platform.DemoDataOrder;

/**
 * A few monitoring visits of the Shymkent control commission with recommendations in each state of fulfilment.
 * All are examples (the seed news item does not describe party control); loaded once.
 */
@Component
@Order(DemoDataOrder.CONTROL)
class ControlDemoData implements DemoDataLoader {

	private static final Logger log = LoggerFactory.getLogger(ControlDemoData.class);

	private final ControlWorkflow workflow;
	private final ControlQueries queries;
	private final OrgUnits units;
	private final People people;
	private final Access access;
	private final TransactionTemplate transaction;

	ControlDemoData(ControlWorkflow workflow, ControlQueries queries, OrgUnits units, People people, Access access,
			TransactionTemplate transaction) {
		this.workflow = workflow;
		this.queries = queries;
		this.units = units;
		this.people = people;
		this.access = access;
		this.transaction = transaction;
	}

	@Override
	public void loadDemoData() {
		OrgUnit commission = units.findByCode("shymkent-control").orElse(null);
		if (commission == null) {
			log.warn("No org unit 'shymkent-control': party control demo data not loaded");
			return;
		}
		boolean loaded = queries.summaries(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)).stream()
			.anyMatch(s -> s.visits() > 0);
		if (loaded) {
			return;
		}
		access.runAsSystem("demo-data", () -> transaction.executeWithoutResult(status -> load(commission)));
		log.info("Demo party control visits loaded");
	}

	private void load(OrgUnit commission) {
		long member = person("example-member-1");
		long secretary = person("murat-zholdykhozhaev");
		long culture = unit("dept-culture");
		long youth = unit("dept-youth");

		long clubs = visit(commission, new VisitRecord(VisitType.SITE_INSPECTION, LocalDate.of(2024, 9, 12),
				"Түркістан ауданындағы екі қабатты клуб ғимаратының құрылыс алаңы",
				"Строительная площадка двухэтажного здания клуба в Туркестанском районе", culture,
				List.of(member, secretary),
				"Құрылыс кестеден 3 аптаға кешігуде; мүмкіндігі шектеулі жандарға арналған пандус жобада бар, бірақ "
						+ "әлі салынбаған; кітапхана жиһазын сатып алу конкурсы жарияланбаған.",
				"Строительство отстаёт от графика на 3 недели; пандус для людей с ограниченными возможностями "
						+ "предусмотрен проектом, но не построен; конкурс на закуп мебели для библиотеки не объявлен."));
		long r1 = workflow.recommend(clubs, "Құрылыс мердігерімен кестені қайта қарап, кешігуді 2024 жылдың соңына дейін жою.",
				"Пересмотреть график с подрядчиком и устранить отставание до конца 2024 года.", culture,
				LocalDate.of(2024, 12, 31));
		long r2 = workflow.recommend(clubs, "Кітапхана жиһазын сатып алу конкурсын жариялау.",
				"Объявить конкурс на закуп мебели для библиотеки.", culture, LocalDate.of(2024, 10, 31));
		workflow.recommend(clubs, "Пандус пен санитарлық тораптың қолжетімділігін мүгедектер қоғамымен бірге тексеру.",
				"Проверить доступность пандуса и санузла совместно с обществом инвалидов.", culture,
				LocalDate.of(2025, 3, 1));

		long centre = visit(commission, new VisitRecord(VisitType.FACILITY_MONITORING, LocalDate.of(2024, 10, 3),
				"Шымкент қалалық жастар ресурстық орталығы", "Городской молодёжный ресурсный центр Шымкента", youth,
				List.of(member),
				"Психологиялық қолдау кабинеті жұмыс істейді, бірақ кезек 2 аптаға созылады; сенім телефоны туралы "
						+ "ақпарат мектептерге жетпеген.",
				"Кабинет психологической поддержки работает, но очередь достигает 2 недель; информация о телефоне "
						+ "доверия не доведена до школ."));
		long r4 = workflow.recommend(centre, "Сенім телефоны туралы ақпаратты барлық мектептер мен колледждерге тарату.",
				"Распространить информацию о телефоне доверия во всех школах и колледжах.", youth,
				LocalDate.of(2024, 11, 30));
		workflow.recommend(centre, "Психолог қызметіне кезекті қысқарту үшін қосымша маман тарту.",
				"Привлечь дополнительного специалиста, чтобы сократить очередь к психологу.", youth,
				LocalDate.of(2025, 2, 28));

		long library = visit(commission, new VisitRecord(VisitType.FACILITY_MONITORING, LocalDate.of(2025, 3, 20),
				"Орталық қалалық кітапхана: «Оқитын ұлт» жобасы", "Центральная городская библиотека: проект «Читающая нация»",
				culture, List.of(member, secretary),
				"Жоба бойынша оқу клубтары жұмыс істейді; қазақ тіліндегі жаңа балалар әдебиетінің қоры аз.",
				"Клубы чтения по проекту работают; фонд новой детской литературы на казахском языке невелик."));
		workflow.recommend(library, "Балалар әдебиетінің қорын 2025 жылы кемінде 500 данаға толықтыру.",
				"Пополнить фонд детской литературы в 2025 году не менее чем на 500 экземпляров.", culture,
				LocalDate.of(2025, 12, 1));

		// fulfilment in each state: accepted as fulfilled, reported and awaiting the commission, still open
		report(r2, "Конкурс 2024 жылғы 25 қазанда жарияланды, жеңімпаз анықталды.");
		confirm(r2);
		report(r4, "Ақпарат 112 мектеп пен 18 колледжге жолданды, хабарландырулар ілінді.");
		confirm(r4);
		report(r1, "Мердігермен жаңа кесте бекітілді; кешігу 1 аптаға дейін қысқарды.");
		for (long visit : List.of(clubs, centre, library)) {
			workflow.markExample(visit);
		}
	}

	private long visit(OrgUnit commission, VisitRecord record) {
		return workflow.recordVisit(commission.getId(), record);
	}

	private void report(long recommendation, String text) {
		workflow.reportFulfilment(recommendation, version(recommendation), text);
	}

	private void confirm(long recommendation) {
		workflow.confirmFulfilled(recommendation, version(recommendation));
	}

	private int version(long recommendation) {
		return queries.recommendation(recommendation).map(RecommendationView::version).orElseThrow();
	}

	private long person(String code) {
		return people.findByCode(code).map(Person::getId)
			.orElseThrow(() -> new IllegalStateException("No person " + code));
	}

	private long unit(String code) {
		return units.findByCode(code).map(OrgUnit::getId)
			.orElseThrow(() -> new IllegalStateException("No org unit " + code));
	}
}

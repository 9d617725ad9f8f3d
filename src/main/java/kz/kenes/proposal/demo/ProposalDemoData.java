package kz.kenes.proposal.demo;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kz.kenes.i18n.Language;
import kz.kenes.identity.Access;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnits;
import kz.kenes.platform.DemoDataLoader;
import kz.kenes.platform.DemoDataOrder;
import kz.kenes.proposal.CitizenProposal;
import kz.kenes.proposal.ProposalQueries;
import kz.kenes.proposal.ProposalReceipt;
import kz.kenes.proposal.ProposalSource;
import kz.kenes.proposal.ProposalWorkflow;
import kz.kenes.roadmap.RoadmapCatalog;

/**
 * Two proposals from citizens, as the portal receives them: one answered (so that the public list shows an official
 * answer), one just received. Both are examples; loaded once. (The proposals raised at the seed meeting come with the
 * meeting's demo data.)
 */
@Component
@Order(DemoDataOrder.PROPOSAL)
class ProposalDemoData implements DemoDataLoader {

	private static final Logger log = LoggerFactory.getLogger(ProposalDemoData.class);

	private final ProposalWorkflow workflow;
	private final ProposalQueries queries;
	private final OrgUnits units;
	private final RoadmapCatalog catalog;
	private final Access access;
	private final TransactionTemplate transaction;

	ProposalDemoData(ProposalWorkflow workflow, ProposalQueries queries, OrgUnits units, RoadmapCatalog catalog,
			Access access, TransactionTemplate transaction) {
		this.workflow = workflow;
		this.queries = queries;
		this.units = units;
		this.catalog = catalog;
		this.access = access;
		this.transaction = transaction;
	}

	@Override
	public void loadDemoData() {
		OrgUnit miras = units.findByCode("miras-council").orElse(null);
		OrgUnit youth = units.findByCode("dept-youth").orElse(null);
		if (miras == null || youth == null) {
			return;
		}
		if (!queries.staffListOfAddressee(miras.getId(), ProposalSource.CITIZEN).isEmpty()) {
			return;
		}
		access.runAsSystem("demo-data", () -> transaction.executeWithoutResult(status -> {
			Long youthDirection = catalog.directionByCode("youth").map(d -> d.getId()).orElse(null);
			ProposalReceipt answered = workflow.submitFromCitizen(new CitizenProposal(miras.getId(),
					"Жастар ресурстық орталығында кешкі уақытта жұмыс істейтін тегін психолог кабинетін ашуды ұсынамын: "
							+ "жұмыс істейтін жастар күндіз бара алмайды.",
					Language.KK, youthDirection, "Әлия С.", "aliya.example@example.kz", null));
			workflow.markExample(answered.id());
			workflow.takeUnderReview(answered.id(), version(answered.id()), youth.getId(), LocalDate.now().plusDays(30));
			workflow.accept(answered.id(), version(answered.id()),
					"Ұсыныс қабылданды: 2025 жылдан бастап орталықтағы психолог кабинеті сейсенбі мен бейсенбі күндері "
							+ "сағат 20:00-ге дейін жұмыс істейді.");
			ProposalReceipt received = workflow.submitFromCitizen(new CitizenProposal(miras.getId(),
					"Предлагаю проводить в новых клубах бесплатные курсы казахского языка для взрослых.",
					Language.RU, catalog.directionByCode("culture").map(d -> d.getId()).orElse(null), null, null,
					"+7 700 000 00 00"));
			workflow.markExample(received.id());
		}));
		log.info("Demo citizen proposals loaded");
	}

	private int version(long id) {
		return queries.one(id).orElseThrow().version();
	}
}

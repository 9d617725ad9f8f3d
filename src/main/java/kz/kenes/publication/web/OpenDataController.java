package kz.kenes.publication.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.roadmap.ExecutorView;
import kz.kenes.roadmap.IndicatorView;
import kz.kenes.roadmap.ItemFilter;
import kz.kenes.roadmap.ItemView;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.roadmap.RoadmapStatus;
import kz.kenes.roadmap.RoadmapSummary;
import kz.kenes.roadmap.TargetView;

/**
 * Open data: approved roadmaps as JSON and CSV for anyone, without a login. Only what is public anyway: names of
 * programs, items, org units and figures; no personal data.
 */
@RestController
@RequestMapping("/api/v1/open")
@Tag(name = "Open data", description = "Public roadmap data as JSON and CSV (no login)")
class OpenDataController {

	private final RoadmapCatalog roadmaps;

	OpenDataController(RoadmapCatalog roadmaps) {
		this.roadmaps = roadmaps;
	}

	record OpenRoadmap(long id, String programCode, LocalizedText program, int firstYear, int lastYear,
			String branchCode, LocalizedText branch, RoadmapStatus status, LocalDate approvedOn, int edition,
			long itemCount) {

		static OpenRoadmap of(RoadmapSummary r) {
			return new OpenRoadmap(r.id(), r.programCode(), r.programName(), r.firstYear(), r.lastYear(),
					r.branchCode(), r.branchName(), r.status(), r.approvedOn(), r.edition(), r.itemCount());
		}
	}

	record OpenExecutor(String code, LocalizedText name, boolean lead) {
	}

	record OpenTarget(int year, BigDecimal planned, BigDecimal originalPlanned) {
	}

	record OpenIndicator(long id, LocalizedText name, String unit, String aggregation, List<OpenTarget> targets) {
	}

	record OpenItem(long id, String number, LocalizedText name, Integer taskNumber, LocalizedText task,
			String directionCode, LocalizedText direction, String completionForm, String deadlineKind,
			LocalDate deadlineDate, Integer deadlineEndYear, BigDecimal estimatedCostTenge, String fundingSource,
			boolean example, List<OpenExecutor> executors, List<OpenIndicator> indicators) {

		static OpenItem of(ItemView i) {
			return new OpenItem(i.id(), i.number(), i.name(), i.taskNumber(), i.taskName(), i.directionCode(),
					i.directionName(), i.completionForm().name(), i.deadline().kind().name(), i.deadline().date(),
					i.deadline().endYear(), i.estimatedCost(),
					i.fundingSource() == null ? null : i.fundingSource().name(), i.example(),
					i.executors().stream().map(e -> new OpenExecutor(e.code(), e.name(), e.lead())).toList(),
					i.indicators().stream().map(OpenDataController::indicator).toList());
		}
	}

	@GetMapping("/roadmaps")
	@Operation(summary = "Approved roadmaps")
	List<OpenRoadmap> roadmaps() {
		return roadmaps.roadmaps().stream().filter(OpenDataController::isPublic).map(OpenRoadmap::of).toList();
	}

	@GetMapping("/roadmaps/{id}/items")
	@Operation(summary = "Items of an approved roadmap with executors, indicators and yearly targets")
	List<OpenItem> items(@PathVariable long id, @RequestParam(required = false) Long project,
			@RequestParam(required = false) String status, @RequestParam(required = false) Boolean overdue) {
		ItemFilter filter = ItemFilter.ALL.narrowed(project, ItemFilter.parseStatus(status), Boolean.TRUE.equals(overdue));
		return roadmaps.allItems(publicRoadmap(id).id(), filter).stream().map(OpenItem::of).toList();
	}

	@GetMapping(value = "/roadmaps/{id}/items.csv", produces = "text/csv")
	@Operation(summary = "Items of an approved roadmap as CSV: one row per indicator and year")
	ResponseEntity<byte[]> itemsCsv(@PathVariable long id) {
		RoadmapSummary roadmap = publicRoadmap(id);
		Csv csv = new Csv("number", "item_kk", "item_ru", "direction", "completion_form", "deadline",
				"lead_executor_kk", "lead_executor_ru", "indicator_kk", "indicator_ru", "unit", "year", "planned",
				"original_planned", "example");
		for (ItemView item : roadmaps.allItems(roadmap.id(), ItemFilter.ALL)) {
			String lead = item.lead().map(ExecutorView::name).map(LocalizedText::kk).orElse("");
			String leadRu = item.lead().map(ExecutorView::name).map(LocalizedText::ru).orElse("");
			String deadline = item.deadline().date() != null ? item.deadline().date().toString()
					: item.deadline().kind() + " " + item.deadline().endYear();
			if (item.indicators().isEmpty()) {
				csv.row(item.number(), item.name().kk(), item.name().ru(), item.directionCode(),
						item.completionForm().name(), deadline, lead, leadRu, "", "", "", "", "", "", item.example());
			}
			for (IndicatorView indicator : item.indicators()) {
				for (TargetView target : indicator.targets()) {
					csv.row(item.number(), item.name().kk(), item.name().ru(), item.directionCode(),
							item.completionForm().name(), deadline, lead, leadRu, indicator.name().kk(),
							indicator.name().ru(), indicator.unit().name(), target.year(), target.planned(),
							target.originalPlanned(), item.example());
				}
			}
		}
		return csvResponse(csv, "roadmap-" + id + ".csv");
	}

	static ResponseEntity<byte[]> csvResponse(Csv csv, String filename) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
			.body(csv.bytes());
	}

	private RoadmapSummary publicRoadmap(long id) {
		return roadmaps.roadmap(id).filter(OpenDataController::isPublic)
			.orElseThrow(() -> new NoSuchElementException("No public roadmap " + id));
	}

	private static boolean isPublic(RoadmapSummary roadmap) {
		return roadmap.status().isPublic();
	}

	private static OpenIndicator indicator(IndicatorView i) {
		return new OpenIndicator(i.id(), i.name(), i.unit().name(), i.aggregation().name(),
				i.targets().stream().map(t -> new OpenTarget(t.year(), t.planned(), t.originalPlanned())).toList());
	}

	/** RFC 4180 CSV in UTF-8 with a byte-order mark, so that Excel opens Kazakh letters right. */
	static final class Csv {

		private final StringBuilder out = new StringBuilder("\uFEFF");

		Csv(String... header) {
			row((Object[]) header);
		}

		Csv row(Object... values) {
			List<String> cells = new ArrayList<>(values.length);
			for (Object value : values) {
				String text = value == null ? "" : value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
						: value.toString();
				cells.add(cell(text, value instanceof CharSequence));
			}
			out.append(String.join(",", cells)).append("\r\n");
			return this;
		}

		/**
		 * Quoted when needed; text starting with = + - @, a tab or a carriage return (OWASP's CSV-injection list) is
		 * defused with an apostrophe so that a spreadsheet never runs it as a formula. Numbers stay as they are.
		 */
		private static String cell(String text, boolean isText) {
			boolean formula = isText && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
			if (!formula && !text.matches("(?s).*[\",\\r\\n].*")) {
				return text;
			}
			return "\"" + (formula ? "'" : "") + text.replace("\"", "\"\"") + "\"";
		}

		byte[] bytes() {
			return out.toString().getBytes(StandardCharsets.UTF_8);
		}
	}
}

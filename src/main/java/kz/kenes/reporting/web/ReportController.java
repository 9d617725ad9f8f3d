package kz.kenes.reporting.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.kenes.platform.RuleViolation;
import kz.kenes.reporting.EvidenceFiles;
import kz.kenes.reporting.IndicatorTarget;
import kz.kenes.reporting.PeriodReport;
import kz.kenes.reporting.PeriodReports;
import kz.kenes.reporting.ReportWorkflow;
import kz.kenes.reporting.ReportingAccess;
import kz.kenes.reporting.ReportingItem;
import kz.kenes.reporting.ReportingItems;

/** One period report: the executor fills and submits it; the secretary accepts, returns or reopens it. */
@Controller
class ReportController {

	private final PeriodReports reports;
	private final ReportingItems items;
	private final ReportingAccess access;
	private final ReportWorkflow workflow;
	private final EvidenceFiles evidence;
	private final StaffQueries queries;

	ReportController(PeriodReports reports, ReportingItems items, ReportingAccess access, ReportWorkflow workflow,
			EvidenceFiles evidence, StaffQueries queries) {
		this.reports = reports;
		this.items = items;
		this.access = access;
		this.workflow = workflow;
		this.evidence = evidence;
		this.queries = queries;
	}

	@GetMapping("/staff/reporting/reports/{id}")
	String report(@PathVariable long id, Model model) {
		PeriodReport report = reports.findById(id).orElseThrow(NoSuchElementException::new);
		ReportingItem item = items.get(report.getRoadmapItem());
		access.requireReadReport(item, report.getStatus());
		boolean canWrite = access.canWrite(item);
		model.addAttribute("report", report);
		model.addAttribute("item", item);
		model.addAttribute("indicators", items.targets(item.id(), report.getYear()));
		model.addAttribute("derived", report.getStatus().editable() && canWrite ? workflow.derived(report) : Map.of());
		model.addAttribute("canWrite", canWrite);
		model.addAttribute("canEdit", canWrite && report.getStatus().editable());
		model.addAttribute("canReview", access.canReview(item));
		model.addAttribute("files", evidence.list(EvidenceFiles.OwnerKind.REPORT, id));
		model.addAttribute("history", queries.history(id));
		model.addAttribute("zone", kz.kenes.reporting.ActivityLog.ZONE);
		model.addAttribute("maxFileMb", evidence.maxBytes() / (1024 * 1024));
		return "reporting/report";
	}

	private static String url(long id) {
		return "/staff/reporting/reports/" + id;
	}

	@PostMapping("/staff/reporting/reports/{id}")
	String save(@PathVariable long id, int version, @RequestParam Map<String, String> form, String narrativeKk,
			String narrativeRu, @RequestParam(required = false) String submit, RedirectAttributes redirect) {
		return Outcome.attempt(redirect, url(id), () -> {
			PeriodReport saved = workflow.edit(id, version, entries(form), narrativeKk, narrativeRu);
			if (submit != null) {
				workflow.submit(id, saved.getVersion());
			}
		});
	}

	/**
	 * Values come as {@code actual[<indicator>]} and {@code reason[<indicator>]}. A name this page never writes (an
	 * edited or truncated form) refuses the whole form rather than saving part of it.
	 */
	private static Map<Long, PeriodReport.Entry> entries(Map<String, String> form) {
		Map<Long, PeriodReport.Entry> entries = new HashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("actual[") && name.endsWith("]")) {
				long indicator = indicatorOf(name.substring(7, name.length() - 1));
				entries.put(indicator, new PeriodReport.Entry(actual(value), form.get("reason[" + indicator + "]")));
			}
		});
		return entries;
	}

	private static long indicatorOf(String id) {
		// at most 18 digits: always a long, never a NumberFormatException
		if (!id.matches("[0-9]{1,18}")) {
			throw new RuleViolation("error.form.malformed");
		}
		return Long.parseLong(id);
	}

	private static BigDecimal actual(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		// longer than any NUMERIC(18, 2) as typed: refused before BigDecimal parses it
		if (value.length() > 64) {
			throw new RuleViolation("reporting.error.report.valueRange");
		}
		try {
			return new BigDecimal(value.trim().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw new RuleViolation("reporting.error.report.valueRange");
		}
	}

	@PostMapping("/staff/reporting/reports/{id}/accept")
	String accept(@PathVariable long id, int version, RedirectAttributes redirect) {
		return Outcome.attempt(redirect, url(id), () -> workflow.accept(id, version));
	}

	@PostMapping("/staff/reporting/reports/{id}/return")
	String returnReport(@PathVariable long id, int version, String comment, RedirectAttributes redirect) {
		return Outcome.attempt(redirect, url(id), () -> workflow.returnWith(id, version, comment));
	}

	@PostMapping("/staff/reporting/reports/{id}/reopen")
	String reopen(@PathVariable long id, int version, String reason, RedirectAttributes redirect) {
		return Outcome.attempt(redirect, url(id), () -> workflow.reopen(id, version, reason));
	}

}

package kz.kenes.control.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.kenes.control.ControlQueries;
import kz.kenes.control.ControlWorkflow;
import kz.kenes.control.PeriodCountRecord;
import kz.kenes.control.PeriodCountView;
import kz.kenes.control.VisitRecord;
import kz.kenes.control.VisitType;
import kz.kenes.control.VisitView;
import kz.kenes.i18n.LocalizedText;

/** Party control pages: visits with their findings and recommendations, fulfilment, and the counts per branch. */
@Controller
@RequestMapping("/staff/control")
class ControlStaffController {

	private final ControlQueries queries;
	private final ControlWorkflow workflow;
	private final JdbcClient jdbc;
	private final Clock clock;


	ControlStaffController(ControlQueries queries, ControlWorkflow workflow, JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.queries = queries;
		this.workflow = workflow;
		this.jdbc = jdbc;
	}

	@GetMapping
	String home(@RequestParam(required = false) Integer year, Model model) {
		int y = year != null ? year : queries.latestVisitYear().orElse(LocalDate.now(clock).getYear());
		LocalDate from = LocalDate.of(y, 1, 1);
		LocalDate to = LocalDate.of(y, 12, 31);
		model.addAttribute("year", y);
		model.addAttribute("summaries", queries.summaries(from, to));
		model.addAttribute("visits", queries.visits(from, to, 500));
		model.addAttribute("assigned", queries.assignedToMe(500));
		model.addAttribute("commissions", queries.commissionsToKeep());
		model.addAttribute("counts", queries.counts(null, y));
		model.addAttribute("periodCounts", queries.periodCounts(y));
		return "control/staff-home";
	}

	@GetMapping("/visits/new")
	String newVisit(Model model) {
		model.addAttribute("commissions", queries.commissionsToKeep());
		model.addAttribute("people", people());
		model.addAttribute("units", units());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("types", VisitType.values());
		return "control/staff-new-visit";
	}

	@PostMapping("/visits")
	String recordVisit(@RequestParam long commissionId, VisitForm form) {
		long id = workflow.recordVisit(commissionId, form.record());
		return "redirect:/staff/control/visits/" + id;
	}

	@GetMapping("/period-counts/new")
	String newPeriodCount(Model model) {
		model.addAttribute("commissions", queries.commissionsToKeep());
		model.addAttribute("types", VisitType.values());
		model.addAttribute("year", LocalDate.now(clock).getYear());
		return "control/staff-new-period-count";
	}

	@PostMapping("/period-counts")
	String recordPeriodCount(@RequestParam long commissionId, PeriodCountForm form, RedirectAttributes redirect) {
		PeriodCountRecord record = form.record();
		workflow.recordPeriodCount(commissionId, record);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/staff/control?year=" + record.year();
	}

	@GetMapping("/period-counts/{id}")
	String periodCount(@PathVariable long id, Model model) {
		PeriodCountView count = queries.periodCount(id)
			.orElseThrow(() -> new NoSuchElementException("period count " + id));
		if (!workflow.canKeep(count.commissionId())) {
			throw new AccessDeniedException("period count " + id);
		}
		model.addAttribute("p", count);
		model.addAttribute("types", VisitType.values());
		model.addAttribute("year", LocalDate.now(clock).getYear());
		return "control/staff-new-period-count";
	}

	@PostMapping("/period-counts/{id}")
	String changePeriodCount(@PathVariable long id, @RequestParam int version, PeriodCountForm form,
			RedirectAttributes redirect) {
		PeriodCountRecord record = form.record();
		workflow.changePeriodCount(id, version, record);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/staff/control?year=" + record.year();
	}

	@GetMapping("/visits/{id}")
	String visit(@PathVariable long id, Model model) {
		VisitView visit = queries.staffVisit(id);
		model.addAttribute("v", visit);
		model.addAttribute("canKeep", workflow.canKeep(visit.commissionId()));
		model.addAttribute("units", units());
		model.addAttribute("due", LocalDate.now(clock).plusMonths(2));
		return "control/staff-visit";
	}

	@PostMapping("/visits/{id}/recommendations")
	String recommend(@PathVariable long id, @RequestParam String textKk, @RequestParam String textRu,
			@RequestParam long executorId, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
			RedirectAttributes redirect) {
		workflow.recommend(id, textKk, textRu, executorId, dueDate);
		return saved("/staff/control/visits/" + id, redirect);
	}

	@PostMapping("/recommendations/{id}/report")
	String report(@PathVariable long id, @RequestParam int version, @RequestParam String text,
			@RequestParam String back, RedirectAttributes redirect) {
		workflow.reportFulfilment(id, version, text);
		return saved(back, redirect);
	}

	@PostMapping("/recommendations/{id}/confirm")
	String confirm(@PathVariable long id, @RequestParam int version, @RequestParam String back,
			RedirectAttributes redirect) {
		workflow.confirmFulfilled(id, version);
		return saved(back, redirect);
	}

	@PostMapping("/recommendations/{id}/return")
	String returnIt(@PathVariable long id, @RequestParam int version, @RequestParam String comment,
			@RequestParam String back, RedirectAttributes redirect) {
		workflow.returnToExecutor(id, version, comment);
		return saved(back, redirect);
	}

	/** Only back to a page of this module (never an outside address). */
	private static String saved(String back, RedirectAttributes redirect) {
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + (back != null && back.matches("/staff/control(/visits/\\d+)?") ? back : "/staff/control");
	}

	private List<Option> people() {
		return jdbc.sql("""
				SELECT DISTINCT p.id, p.full_name_kk, p.full_name_ru, p.full_name_en FROM person p
				JOIN position_held ph ON ph.person_id = p.id
				WHERE ph.end_date IS NULL OR ph.end_date >= CURRENT_DATE ORDER BY p.full_name_kk LIMIT 2000""")
			.query((rs, n) -> new Option(rs.getLong("id"), new LocalizedText(rs.getString("full_name_kk"),
					rs.getString("full_name_ru"), rs.getString("full_name_en"))))
			.list();
	}

	private List<Option> units() {
		return jdbc.sql("""
				SELECT id, name_kk, name_ru, name_en FROM org_unit
				WHERE kind IN ('DEPARTMENT','AKIMAT','RURAL_AKIMAT','MASLIKHAT','INSTITUTION','NGO','CITY_BRANCH','REGIONAL_BRANCH','DISTRICT_BRANCH')
				ORDER BY kind, name_kk LIMIT 1000""")
			.query((rs, n) -> new Option(rs.getLong("id"),
					new LocalizedText(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en"))))
			.list();
	}

	record Option(long id, LocalizedText name) {
	}

	/** {@code period}: empty for the whole year, {@code Q1}–{@code Q4}, or {@code M} with the months given. */
	record PeriodCountForm(String type, Integer year, String period, Integer fromMonth, Integer toMonth,
			Integer visits, Integer issued, Integer fulfilled) {

		PeriodCountRecord record() {
			Integer quarter = period != null && period.matches("Q[1-4]") ? Integer.valueOf(period.substring(1)) : null;
			boolean months = "M".equals(period);
			return new PeriodCountRecord(VisitType.parse(type), year, months ? fromMonth : null, months ? toMonth : null,
					quarter, visits, issued, fulfilled);
		}
	}

	record VisitForm(String type, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn, String siteKk, String siteRu,
			Long subjectUnitId, List<Long> memberIds, String findingsKk, String findingsRu) {

		VisitRecord record() {
			return new VisitRecord(VisitType.parse(type), visitedOn, siteKk, siteRu, subjectUnitId, memberIds, findingsKk, findingsRu);
		}
	}
}

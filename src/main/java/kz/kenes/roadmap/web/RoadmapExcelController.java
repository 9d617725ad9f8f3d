package kz.kenes.roadmap.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.kenes.i18n.Language;
import kz.kenes.platform.RuleViolation;
import kz.kenes.platform.TooManyRequests;
import kz.kenes.roadmap.ItemView;
import kz.kenes.roadmap.RoadmapPlanning;
import kz.kenes.roadmap.RoadmapSummary;
import kz.kenes.roadmap.excel.RoadmapExport;
import kz.kenes.roadmap.excel.RoadmapImport;

/** Excel for staff: export the (filtered) roadmap as XLSX or CSV; import an XLSX through a dry-run preview. */
@Controller
@RequestMapping("/staff/roadmaps/{id}")
class RoadmapExcelController {

	private final RoadmapPages pages;
	private final RoadmapExport export;
	private final RoadmapImport importer;
	private final RoadmapPlanning planning;
	private final MessageSource messages;

	RoadmapExcelController(RoadmapPages pages, RoadmapExport export, RoadmapImport importer, RoadmapPlanning planning,
			MessageSource messages) {
		this.pages = pages;
		this.export = export;
		this.importer = importer;
		this.planning = planning;
		this.messages = messages;
	}

	@GetMapping("/export.xlsx")
	void xlsx(@PathVariable long id, @RequestParam(required = false) Long direction,
			@RequestParam(required = false) Long task, @RequestParam(required = false) Long executor,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String q, Language language,
			HttpServletResponse response) throws IOException {
		RoadmapSummary roadmap = pages.roadmap(id);
		List<ItemView> items = export.items(roadmap, RoadmapPages.filter(direction, task, executor, year, q));
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		attachment(response, roadmap, "xlsx");
		export.xlsx(roadmap, items, language, response.getOutputStream());
	}

	@GetMapping("/export.csv")
	void csv(@PathVariable long id, @RequestParam(required = false) Long direction,
			@RequestParam(required = false) Long task, @RequestParam(required = false) Long executor,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String q, Language language,
			HttpServletResponse response) throws IOException {
		RoadmapSummary roadmap = pages.roadmap(id);
		List<ItemView> items = export.items(roadmap, RoadmapPages.filter(direction, task, executor, year, q));
		response.setContentType("text/csv;charset=UTF-8");
		attachment(response, roadmap, "csv");
		export.csv(roadmap, items, language, response.getOutputStream());
	}

	@GetMapping("/import")
	String importForm(@PathVariable long id, Model model) {
		model.addAttribute("roadmap", pages.roadmap(id));
		model.addAttribute("canEdit", planning.canEdit(id));
		limits(model);
		return "roadmap/staff-import";
	}

	@PostMapping("/import")
	String preview(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String reason, Language language,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			HttpServletResponse response) throws IOException {
		RoadmapSummary roadmap = pages.roadmap(id);
		byte[] content = file == null ? new byte[0] : file.getBytes();
		String name = file == null ? null : file.getOriginalFilename();
		model.addAttribute("roadmap", roadmap);
		model.addAttribute("canEdit", planning.canEdit(id));
		model.addAttribute("reason", reason);
		limits(model);
		try {
			model.addAttribute("preview", importer.preview(id, name, content, language, reason));
		}
		catch (TooManyRequests busy) {
			// another file is being read on this node: nothing was read, the user tries again in a moment
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(busy.retryAfter().toSeconds()));
			model.addAttribute("preview", new RoadmapImport.Preview(null, name, List.of(), List.of(), 0, 0,
					List.of(new RoadmapImport.RowError(0,
							messages.getMessage(busy.messageKey(), busy.args(), language.locale())))));
		}
		return htmx != null ? "roadmap/staff-import :: result" : "roadmap/staff-import";
	}

	@PostMapping("/import/apply")
	String apply(@PathVariable long id, @RequestParam String token, Language language, Model model,
			RedirectAttributes redirect) {
		RoadmapSummary roadmap = pages.roadmap(id);
		try {
			RoadmapImport.Preview applied = importer.apply(id, token, language);
			if (!applied.errors().isEmpty()) {
				model.addAttribute("roadmap", roadmap);
				model.addAttribute("canEdit", true);
				model.addAttribute("preview", applied);
				limits(model);
				return "roadmap/staff-import";
			}
			redirect.addFlashAttribute("imported", messages.getMessage("roadmap.import.applied",
					new Object[] { String.valueOf(applied.created().size()), String.valueOf(applied.changed().size()) },
					language.locale()));
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), language.locale()));
			return "redirect:/staff/roadmaps/" + id + "/import";
		}
		catch (org.springframework.dao.ConcurrencyFailureException | org.springframework.dao.DuplicateKeyException e) {
			// an item of the file was changed by someone else after the preview, or another import applied at the
			// same moment took the same item numbers: nothing was applied
			redirect.addFlashAttribute("error", messages.getMessage("error.conflict", null, language.locale()));
			return "redirect:/staff/roadmaps/" + id + "/import";
		}
		return "redirect:/staff/roadmaps/" + id;
	}

	private void limits(Model model) {
		model.addAttribute("maxMegabytes", importer.limits().maxBytes() / (1024 * 1024));
		model.addAttribute("maxRows", importer.limits().maxRows());
	}

	private static void attachment(HttpServletResponse response, RoadmapSummary roadmap, String extension) {
		String name = "roadmap-" + roadmap.branchCode() + "-" + roadmap.firstYear() + "-" + roadmap.lastYear() + "."
				+ extension;
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
	}
}

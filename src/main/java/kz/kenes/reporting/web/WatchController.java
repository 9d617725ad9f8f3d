package kz.kenes.reporting.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.kenes.i18n.Language;
import kz.kenes.identity.PublicPaths;
import kz.kenes.platform.RuleViolation;
import kz.kenes.reporting.WatchList;

/**
 * Watch lists on the item's reporting page: the SECRETARY of a council or branch puts the item under its control
 * until a date, or ends the watch ({@link WatchList} checks the role in the watcher unit).
 */
@Controller
class WatchController {

	private final WatchList watchList;
	private final MessageSource messages;

	WatchController(WatchList watchList, MessageSource messages) {
		this.watchList = watchList;
		this.messages = messages;
	}

	@PostMapping("/staff/reporting/items/{id}/watch")
	String watch(@PathVariable long id, @RequestParam(required = false) Long watcherUnitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(required = false) String note, Language language, RedirectAttributes redirect) {
		try {
			if (watcherUnitId == null) {
				throw new RuleViolation("reporting.error.watch.unit");
			}
			watchList.watch(watcherUnitId, id, until, note);
			redirect.addFlashAttribute("message", "reporting.watch.added");
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
					language.locale()));
		}
		return "redirect:/staff/reporting/items/" + id;
	}

	@PostMapping("/staff/reporting/watches/{watchId}/remove")
	String unwatch(@PathVariable long watchId, @RequestParam(required = false) Long item,
			RedirectAttributes redirect) {
		try {
			watchList.unwatch(watchId);
		}
		catch (java.util.NoSuchElementException e) {
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("message", "reporting.watch.removed");
		return item == null ? "redirect:/staff" : "redirect:/staff/reporting/items/" + item;
	}

	/** The same over HTTP: a unit's watch list is public (the item pages show it); changes need its SECRETARY. */
	@RestController
	@Tag(name = "Watch lists", description = "Roadmap items a council or branch keeps under control until a date")
	static class Api {

		private final WatchList watchList;

		Api(WatchList watchList) {
			this.watchList = watchList;
		}

		record WatchRequest(Long unitId, Long roadmapItemId, LocalDate until, String note) {
		}

		record WatchedJson(long id, long unitId, String unit, long itemId, String number, String item,
				LocalDate until, String note, String status, String statusLabel) {
		}

		@GetMapping("/api/v1/watched-items")
		@Operation(summary = "The items a unit has under control today, with their status today (watches past their date are gone)")
		List<WatchedJson> list(@RequestParam long unit, Language language) {
			return watchList.watchedBy(List.of(unit)).stream()
				.map(w -> new WatchedJson(w.id(), w.unitId(), w.unit().in(language), w.itemId(), w.number(),
						w.item().in(language), w.until(), w.note(), w.status().name(), w.status().label(language)))
				.toList();
		}

		@PostMapping("/api/v1/watched-items")
		@Operation(summary = "Put an item under a unit's control until a date (SECRETARY of the unit); again: new date and note")
		ResponseEntity<Void> watch(@RequestBody WatchRequest request) {
			if (request.unitId() == null) {
				throw new RuleViolation("reporting.error.watch.unit");
			}
			if (request.roadmapItemId() == null) {
				throw new RuleViolation("reporting.error.watch.item", "—");
			}
			long id = watchList.watch(request.unitId(), request.roadmapItemId(), request.until(), request.note());
			return ResponseEntity.created(URI.create("/api/v1/watched-items/" + id)).build();
		}

		@DeleteMapping("/api/v1/watched-items/{id}")
		@Operation(summary = "End a watch (SECRETARY of the watcher unit)")
		ResponseEntity<Void> unwatch(@PathVariable long id) {
			watchList.unwatch(id);
			return ResponseEntity.noContent().build();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Paths {

		@Bean
		PublicPaths watchListPaths() {
			return PublicPaths.of("/api/v1/watched-items");
		}
	}
}

package kz.kenes.identity.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kz.kenes.identity.AuditLog;

/** ADMIN only: the audit trail, newest first, filtered by actor, entity type and dates. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/staff/admin/audit")
	String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String entityType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditLog.Query query = new AuditLog.Query(actor, entityType, from, to, Math.max(0, page), PAGE_SIZE);
		model.addAttribute("query", query);
		model.addAttribute("result", log.search(query));
		model.addAttribute("entityTypes", log.entityTypes());
		return "identity/audit";
	}
}

package kz.kenes.control.web;

import java.util.NoSuchElementException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kz.kenes.control.ControlQueries;
import kz.kenes.organization.OrgUnits;

/** A branch's party control in public: visits and recommendations by year and kind, no names. */
@Controller
class PublicControlController {

	private final ControlQueries queries;
	private final OrgUnits units;

	PublicControlController(ControlQueries queries, OrgUnits units) {
		this.queries = queries;
		this.units = units;
	}

	@GetMapping("/control/branches/{id}")
	String branch(@PathVariable long id, Model model) {
		model.addAttribute("unit", units.findById(id).orElseThrow(() -> new NoSuchElementException("unit " + id)));
		model.addAttribute("counts", queries.counts(id, null));
		return "control/public-branch";
	}
}

package kz.kenes.organization.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import kz.kenes.i18n.KazakhCollation;
import kz.kenes.i18n.Language;
import kz.kenes.organization.Appointment;
import kz.kenes.organization.OrgDirectory;
import kz.kenes.organization.OrgTree;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnitKind;
import kz.kenes.organization.OrgUnits;
import kz.kenes.organization.Post;

/** Public, read-only: the party branches and their councils, and a council with its chair, secretary, members. */
@Controller
class PublicOrgController {

	/** What citizens see of the tree: the party, its branches and their councils, maslikhats and factions. */
	static final Set<OrgUnitKind> PUBLIC_KINDS = EnumSet.of(OrgUnitKind.PARTY, OrgUnitKind.REGIONAL_BRANCH,
			OrgUnitKind.CITY_BRANCH, OrgUnitKind.DISTRICT_BRANCH, OrgUnitKind.COUNCIL,
			OrgUnitKind.CONTROL_COMMISSION, OrgUnitKind.BUREAU, OrgUnitKind.MASLIKHAT, OrgUnitKind.FACTION,
			OrgUnitKind.PARLIAMENT_CHAMBER);

	private final OrgUnits units;
	private final OrgDirectory directory;

	PublicOrgController(OrgUnits units, OrgDirectory directory) {
		this.units = units;
		this.directory = directory;
	}

	@GetMapping("/org")
	String councils(Language language, Model model) {
		model.addAttribute("rows", OrgTree.of(units.findByKindIn(PUBLIC_KINDS), language));
		return "organization/public-list";
	}

	@GetMapping("/org/{id}")
	String council(@PathVariable long id, Language language, Model model) {
		OrgUnit unit = units.findById(id).filter(u -> PUBLIC_KINDS.contains(u.getKind()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<Appointment> current = directory.currentPositionsIn(id, language);
		model.addAttribute("unit", unit);
		model.addAttribute("parent", unit.getParentId() == null ? null : units.findById(unit.getParentId()).orElse(null));
		model.addAttribute("leaders", current.stream().filter(a -> a.post() != Post.MEMBER).toList());
		model.addAttribute("members", current.stream().filter(a -> a.post() == Post.MEMBER).toList());
		model.addAttribute("children", units.findByParentId(id).stream()
			.filter(u -> PUBLIC_KINDS.contains(u.getKind()))
			.sorted(KazakhCollation.by((OrgUnit u) -> u.name(language), language)).toList());
		return "organization/public-unit";
	}
}

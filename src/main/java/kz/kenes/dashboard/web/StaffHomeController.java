package kz.kenes.dashboard.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kz.kenes.reporting.WatchList;

/**
 * Where staff land after login: the items their councils and branches have under control, with their status today
 * and, first, those that fell behind (at most 200, nearest end of control first).
 */
@Controller
class StaffHomeController {

	private final WatchList watchList;

	StaffHomeController(WatchList watchList) {
		this.watchList = watchList;
	}

	@GetMapping("/staff")
	String home(Model model) {
		List<WatchList.Watched> watched = watchList.watchedByOrBelow(watchList.unitsOfCurrentUser());
		model.addAttribute("watched", watched);
		model.addAttribute("fellBehind", watched.stream().filter(WatchList.Watched::fellBehind).toList());
		return "dashboard/staff-home";
	}
}

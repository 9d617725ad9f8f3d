package kz.kenes.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where staff land after login. */
@Controller
class StaffHomeController {

	@GetMapping("/staff")
	String home() {
		return "dashboard/staff-home";
	}
}

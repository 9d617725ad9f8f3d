package kz.kenes.publication.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.kenes.meeting.MeetingQueries;
import kz.kenes.meeting.MeetingSummary;
import kz.kenes.organization.OrgUnit;
import kz.kenes.platform.RuleViolation;
import kz.kenes.publication.MeetingNews;
import kz.kenes.publication.NewsDesk;
import kz.kenes.publication.NewsItem;
import kz.kenes.publication.NewsItems;

/** "Draft from meeting": the held meetings of the secretary's councils, each with its news draft or a button. */
@Controller
class StaffMeetingNewsController {

	private final MeetingQueries meetings;
	private final MeetingNews meetingNews;
	private final NewsDesk desk;
	private final NewsItems items;
	private final MessageSource messages;

	StaffMeetingNewsController(MeetingQueries meetings, MeetingNews meetingNews, NewsDesk desk, NewsItems items,
			MessageSource messages) {
		this.meetings = meetings;
		this.meetingNews = meetingNews;
		this.desk = desk;
		this.items = items;
		this.messages = messages;
	}

	@GetMapping("/staff/news/meetings")
	String heldMeetings(Model model) {
		List<MeetingSummary> held = new ArrayList<>();
		for (OrgUnit council : desk.eventHosts()) {
			meetings.staffList(council.getId(), 50).stream().filter(m -> m.status().isPublic()).forEach(held::add);
		}
		held.sort((a, b) -> b.startsAt().compareTo(a.startsAt()));
		Map<Long, List<NewsItem>> news = held.stream().collect(Collectors.toMap(MeetingSummary::id,
				m -> items.findByMeetingId(m.id())));
		model.addAttribute("meetings", held);
		model.addAttribute("news", news);
		return "publication/staff-meeting-news";
	}

	@PostMapping("/staff/news/meetings/{meetingId}/draft")
	String draft(@PathVariable long meetingId, RedirectAttributes redirect) {
		try {
			NewsItem item = meetingNews.draftFrom(meetingId);
			redirect.addFlashAttribute("drafted", true);
			return "redirect:/staff/news/" + item.getId();
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", PublicationErrors.message(messages, e));
			return "redirect:/staff/news/meetings";
		}
	}
}

package kz.kenes.publication.web;

import java.io.IOException;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.platform.RuleViolation;
import kz.kenes.publication.Comments;
import kz.kenes.publication.NewsContent;
import kz.kenes.publication.NewsDesk;
import kz.kenes.publication.NewsItem;
import kz.kenes.publication.Newsroom;

/** The secretary's news editor: drafts, corrections, publishing, cover images and comment moderation. */
@Controller
@RequestMapping("/staff/news")
class StaffNewsController {

	private final Newsroom newsroom;
	private final NewsDesk desk;
	private final Comments comments;
	private final MessageSource messages;

	StaffNewsController(Newsroom newsroom, NewsDesk desk, Comments comments, MessageSource messages) {
		this.newsroom = newsroom;
		this.desk = desk;
		this.comments = comments;
		this.messages = messages;
	}

	record NewsForm(Long branchId, Long councilId, String titleKk, String titleRu, String titleEn, String leadKk,
			String leadRu, String leadEn, String bodyKk, String bodyRu, String bodyEn, String tags, Integer version) {

		static NewsForm of(NewsItem item) {
			return new NewsForm(item.getBranchId(), item.getCouncilId(), item.getTitleKk(), item.getTitleRu(),
					item.getTitleEn(), item.getLeadKk(), item.getLeadRu(), item.getLeadEn(), item.getBodyKk(),
					item.getBodyRu(), item.getBodyEn(), String.join(", ", item.tags()), item.getVersion());
		}

		NewsContent content() {
			return new NewsContent(new LocalizedText(titleKk, titleRu, titleEn),
					new LocalizedText(leadKk, leadRu, leadEn), new LocalizedText(bodyKk, bodyRu, bodyEn),
					NewsContent.tagsOf(tags));
		}
	}

	@GetMapping
	String list(Language language, Model model) {
		model.addAttribute("items", desk.items(language));
		model.addAttribute("pendingComments", desk.pendingComments(language).size());
		return "publication/staff-news-list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		var branches = desk.branches();
		model.addAttribute("form", new NewsForm(branches.isEmpty() ? null : branches.get(0).getId(), null, null, null,
				null, null, null, null, null, null, null, null, null));
		return form(model, null);
	}

	@PostMapping
	String create(NewsForm form, Model model, RedirectAttributes redirect) {
		if (form.branchId() == null) {
			model.addAttribute("form", form);
			model.addAttribute("error", messages.getMessage("publication.news.branchUnknown", null,
					org.springframework.context.i18n.LocaleContextHolder.getLocale()));
			return form(model, null);
		}
		try {
			NewsItem item = newsroom.create(form.branchId(), form.councilId(), form.content());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/staff/news/" + item.getId();
		}
		catch (RuleViolation e) {
			model.addAttribute("form", form);
			model.addAttribute("error", PublicationErrors.message(messages, e));
			return form(model, null);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		NewsItem item = newsroom.forEditing(id);
		model.addAttribute("form", NewsForm.of(item));
		return form(model, item);
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, NewsForm form, Model model, RedirectAttributes redirect) {
		try {
			newsroom.edit(id, form.version() == null ? -1 : form.version(), form.content());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/staff/news/" + id;
		}
		catch (RuleViolation e) {
			return redisplay(id, form, PublicationErrors.message(messages, e), model);
		}
		catch (OptimisticLockingFailureException e) {
			return redisplay(id, form, messages.getMessage("error.conflict", null,
					org.springframework.context.i18n.LocaleContextHolder.getLocale()), model);
		}
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		newsroom.publish(id, version);
		redirect.addFlashAttribute("published", true);
		return "redirect:/staff/news/" + id;
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		newsroom.withdraw(id, version);
		return "redirect:/staff/news/" + id;
	}

	@PostMapping("/{id}/cover")
	String cover(@PathVariable long id, @RequestParam int version, @RequestParam("file") MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		try {
			newsroom.uploadCover(id, version, file.getBytes());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/staff/news/" + id;
		}
		catch (RuleViolation e) {
			NewsItem item = newsroom.forEditing(id);
			model.addAttribute("form", NewsForm.of(item));
			model.addAttribute("error", PublicationErrors.message(messages, e));
			return form(model, item);
		}
	}

	@GetMapping("/comments")
	String pendingComments(Language language, Model model) {
		model.addAttribute("comments", desk.pendingComments(language));
		return "publication/staff-comments";
	}

	@PostMapping("/comments/{id}/approve")
	String approve(@PathVariable long id, @RequestParam int version) {
		comments.approve(id, version);
		return "redirect:/staff/news/comments";
	}

	@PostMapping("/comments/{id}/reject")
	String reject(@PathVariable long id, @RequestParam int version) {
		comments.reject(id, version);
		return "redirect:/staff/news/comments";
	}

	private String redisplay(long id, NewsForm form, String error, Model model) {
		NewsItem item = newsroom.forEditing(id);
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		return form(model, item);
	}

	private String form(Model model, NewsItem item) {
		model.addAttribute("item", item);
		model.addAttribute("branches", desk.branches());
		model.addAttribute("councils", desk.councils());
		return "publication/staff-news-form";
	}
}

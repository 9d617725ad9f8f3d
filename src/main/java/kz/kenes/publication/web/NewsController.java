package kz.kenes.publication.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.kenes.i18n.Language;
import kz.kenes.platform.PageCacheHits;
import kz.kenes.platform.RuleViolation;
import kz.kenes.publication.Comments;
import kz.kenes.publication.CoverImages;
import kz.kenes.publication.NewsQueries;
import kz.kenes.publication.NewsQueries.NewsArticle;
import kz.kenes.publication.ViewCounter;

/** Public news: the list, the article page (counted, shareable), comments and cover images. */
@Controller
class NewsController {

	static final int PAGE_SIZE = 10;

	private final NewsQueries news;
	private final ViewCounter views;
	private final Comments comments;
	private final CoverImages images;
	private final MessageSource messages;

	NewsController(NewsQueries news, ViewCounter views, Comments comments, CoverImages images,
			MessageSource messages) {
		this.messages = messages;
		this.news = news;
		this.views = views;
		this.comments = comments;
		this.images = images;
	}

	@GetMapping("/news")
	String list(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String tag,
			Language language, Model model) {
		String wanted = tag == null || tag.isBlank() ? null : tag.strip();
		model.addAttribute("news", news.published(language, wanted, Math.max(0, page), PAGE_SIZE));
		model.addAttribute("tag", wanted);
		return "publication/news-list";
	}

	@GetMapping("/news/{slug}")
	String article(@PathVariable String slug, Language language, HttpServletRequest request, Model model) {
		NewsArticle article = news.article(slug, language).orElseThrow(() -> new NoSuchElementException(slug));
		// The page shows the count as it stood when the reader arrived (as the seed page does: "35").
		long id = article.summary().id();
		countView(id, request);
		PageCacheHits.onEveryVisit(request, visit -> countView(id, visit));
		model.addAttribute("article", article);
		model.addAttribute("comments", news.approvedComments(article.summary().id()));
		model.addAttribute("share", ShareLinks.of(PublicUrls.article(slug, language), article.summary().title()));
		model.addAttribute("canonicalUrl", PublicUrls.article(slug, language));
		model.addAttribute("imageUrl", article.summary().coverImageId() == null ? null
				: PublicUrls.base() + "/news/images/" + article.summary().coverImageId());
		return "publication/news-article";
	}

	/**
	 * Visitors counted today on this node, so that a repeat visit of a cached article costs no query (the database
	 * still decides, across nodes, whether a visit is new). Counting days in Almaty, as {@link ViewCounter} does.
	 */
	private final Set<String> countedToday = ConcurrentHashMap.newKeySet();

	private void countView(long id, HttpServletRequest request) {
		String address = ClientAddress.of(request);
		String agent = ClientAddress.userAgent(request);
		String visitor = LocalDate.now(ALMATY) + " " + id + " " + address + " " + agent;
		if (countedToday.contains(visitor)) {
			return;
		}
		views.record(id, address, agent);
		if (countedToday.size() >= 100_000) {
			countedToday.clear();
		}
		countedToday.add(visitor);
	}

	private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	@GetMapping("/news/{slug}/comment")
	String commentForm(@PathVariable String slug, Language language, Model model) {
		NewsArticle article = news.article(slug, language).orElseThrow(() -> new NoSuchElementException(slug));
		model.addAttribute("article", article);
		model.addAttribute("form", new CommentForm(null, null, null));
		return "publication/comment-form";
	}

	record CommentForm(String name, String body, String website) {
	}

	@PostMapping("/news/{slug}/comment")
	String comment(@PathVariable String slug, CommentForm form, Language language, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		NewsArticle article = news.article(slug, language).orElseThrow(() -> new NoSuchElementException(slug));
		// A filled honeypot (a field people never see) means a robot: answer as if accepted, store nothing.
		if (form.website() == null || form.website().isEmpty()) {
			try {
				comments.submit(slug, form.name(), form.body(), ClientAddress.of(request));
			}
			catch (RuleViolation e) {
				model.addAttribute("article", article);
				model.addAttribute("form", form);
				model.addAttribute("error", PublicationErrors.message(messages, e));
				return "publication/comment-form";
			}
		}
		redirect.addFlashAttribute("commentSent", true);
		return "redirect:/news/" + article.summary().slug();
	}

	@GetMapping("/news/images/{id}")
	ResponseEntity<byte[]> image(@PathVariable long id) {
		CoverImages.Image image = images.find(id).orElseThrow(() -> new NoSuchElementException("image " + id));
		// An image never changes under its id.
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.header("X-Content-Type-Options", "nosniff")
			.body(image.bytes());
	}
}

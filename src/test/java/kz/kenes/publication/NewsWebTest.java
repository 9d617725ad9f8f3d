package kz.kenes.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.awt.image.BufferedImage;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kz.kenes.support.KenesTest;

@KenesTest
class NewsWebTest {

	static final String SEED = "/news/amanat-partiyasy-miras-aymaqtyq-kenesinin-otyrysy-otti";
	static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36";
	static final String XSS = "<script>alert('x')</script><img src=x onerror=alert(1)>\"'&";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static MockHttpServletRequestBuilder visit(String path, String address) {
		return get(path).with(from(address)).header("User-Agent", BROWSER);
	}

	@Test
	void seedArticleReadsLikeTheOriginalPage() throws Exception {
		String html = mvc.perform(visit(SEED, "203.0.113.1")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("«AMANAT» ПАРТИЯСЫ: «MIRAS» АЙМАҚТЫҚ КЕҢЕСІНІҢ ОТЫРЫСЫ ӨТТІ")
			.contains("«AMANAT» партиясы Шымкент қалалық филиалы жанындағы азаматтық қоғам мен мәдениетті дамыту "
					+ "жөніндегі «Miras» аймақтық кеңесінің отырысы өтті.")
			.contains("— деді Айгерім Жұмақұлова.")
			.contains("0 пікір").containsPattern("\\d+ қаралым").contains("Бөлісу")
			.contains("<meta property=\"og:title\" content=\"«AMANAT» ПАРТИЯСЫ")
			.contains("<meta name=\"twitter:card\"")
			.contains("https://t.me/share/url?url=http%3A%2F%2Flocalhost%2Fnews%2Famanat-partiyasy")
			.contains("/js/share.js")
			// no session for anonymous readers: no CSRF token in the page
			.doesNotContain("name=\"_csrf\"");
	}

	@Test
	void russianVersionUsesRussianPlurals() throws Exception {
		String html = mvc.perform(visit(SEED + "?lang=ru", "203.0.113.2")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("ПАРТИЯ «AMANAT»: СОСТОЯЛОСЬ ЗАСЕДАНИЕ РЕГИОНАЛЬНОГО СОВЕТА «MIRAS»")
			.contains("0 комментариев").containsPattern("\\d+ просмотр(а|ов)?<").contains("Поделиться");
	}

	@Test
	void aViewCountsOncePerVisitorPerDayAndBotsNotAtAll(@Autowired ViewCounter counter,
			@Autowired NewsItems items) throws Exception {
		long id = items.findBySlug(SEED.substring(6)).orElseThrow().getId();
		long before = counter.views(id);
		mvc.perform(visit(SEED, "198.51.100.7")).andExpect(status().isOk());
		mvc.perform(visit(SEED, "198.51.100.7")).andExpect(status().isOk());
		assertThat(counter.views(id)).isEqualTo(before + 1);
		// a new user agent with each request from the same address is the same visitor (it used to count each time)
		for (int agent = 0; agent < 5; agent++) {
			mvc.perform(get(SEED).with(from("198.51.100.7")).header("User-Agent", BROWSER + " Firefox/" + agent));
		}
		assertThat(counter.views(id)).isEqualTo(before + 1);
		// another address is another visitor
		mvc.perform(visit(SEED, "198.51.100.9")).andExpect(status().isOk());
		assertThat(counter.views(id)).isEqualTo(before + 2);
		// crawlers, link previews and clients without a user agent are not counted
		for (String bot : new String[] { "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
				"TelegramBot (like TwitterBot)", "facebookexternalhit/1.1", "WhatsApp/2.23.20.0", "curl/8.5.0",
				"Mozilla/5.0 (compatible; YandexBot/3.0)" }) {
			mvc.perform(get(SEED).with(from("198.51.100.8")).header("User-Agent", bot)).andExpect(status().isOk());
		}
		mvc.perform(get(SEED).with(from("198.51.100.8"))).andExpect(status().isOk());
		assertThat(counter.views(id)).isEqualTo(before + 2);
		// the next day the same visitor counts again, and yesterday's hashes and salt are gone
		var tomorrow = counter.visitorsToday().plusDays(1);
		assertThat(counter.record(id, "198.51.100.7", BROWSER, tomorrow)).isTrue();
		assertThat(counter.record(id, "198.51.100.7", BROWSER, tomorrow)).isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM news_view WHERE day < ?").param(tomorrow).query(Integer.class)
			.single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM view_salt WHERE day < ?").param(tomorrow).query(Integer.class)
			.single()).isZero();
		// nothing stored is the address itself
		assertThat(jdbc.sql("SELECT count(*) FROM news_view WHERE encode(visitor, 'escape') LIKE '%198.51%'")
			.query(Integer.class).single()).isZero();
	}

	@Test
	void xssInEveryFieldIsStoredVerbatimAndRenderedInert() throws Exception {
		var secretary = user(users.loadUserByUsername("secretary"));
		String branch = String.valueOf(unitId("shymkent-branch"));
		String location = mvc.perform(post("/staff/news").with(secretary).with(csrf())
			.param("branchId", branch).param("titleKk", "XSS " + XSS).param("titleRu", XSS).param("leadKk", XSS)
			.param("bodyKk", "Абзац\n" + XSS).param("tags", "safe, " + XSS.substring(0, 20)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(jdbc.sql("SELECT title_ru FROM news_item WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo(XSS);
		int version = jdbc.sql("SELECT version FROM news_item WHERE id = ?").param(id).query(Integer.class).single();
		mvc.perform(post("/staff/news/" + id + "/publish").with(secretary).with(csrf())
			.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
		String slug = jdbc.sql("SELECT slug FROM news_item WHERE id = ?").param(id).query(String.class).single();
		assertThat(slug).matches("[a-z0-9-]+");

		String address = "192.0.2." + (id % 200 + 20);
		mvc.perform(post("/news/" + slug + "/comment").with(from(address)).with(csrf()).param("name", XSS)
			.param("body", XSS).param("website", "")).andExpect(status().is3xxRedirection());
		long commentId = jdbc.sql("SELECT id FROM news_comment WHERE news_item = ?").param(id).query(Long.class)
			.single();
		assertThat(jdbc.sql("SELECT body FROM news_comment WHERE id = ?").param(commentId).query(String.class)
			.single()).isEqualTo(XSS);
		mvc.perform(post("/staff/news/comments/" + commentId + "/approve").with(secretary).with(csrf())
			.param("version", "0")).andExpect(status().is3xxRedirection());

		for (String path : new String[] { "/news/" + slug, "/news/" + slug + "?lang=ru", "/news", "/news/feed.atom" }) {
			String page = mvc.perform(visit(path, "192.0.2.250")).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
			assertThat(page).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x")
				.contains("&lt;script&gt;alert(");
		}
		String article = mvc.perform(visit("/news/" + slug, "192.0.2.251")).andReturn().getResponse()
			.getContentAsString();
		assertThat(article).contains("1 пікір");
		String moderation = mvc.perform(get("/staff/news").with(secretary)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(moderation).doesNotContain("<script>alert").contains("XSS &lt;script&gt;");
	}

	@Test
	void commentsArePremoderatedHoneypotIsSilentAndAddressesAreRateLimited() throws Exception {
		String address = "192.0.2.9";
		mvc.perform(post(SEED + "/comment").with(from(address)).with(csrf()).param("name", "Bot")
			.param("body", "buy now").param("website", "http://spam.example"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(SEED));
		assertThat(comments("buy now")).isZero();

		String marker = UUID.randomUUID().toString();
		for (int i = 0; i < SubmissionThrottle.Kind.COMMENT.perWindow; i++) {
			mvc.perform(post(SEED + "/comment").with(from(address)).with(csrf()).param("name", "Әлия")
				.param("body", marker + " #" + i)).andExpect(status().is3xxRedirection());
		}
		String refused = mvc.perform(post(SEED + "/comment").with(from(address)).with(csrf()).param("name", "Әлия")
			.param("body", marker + " too many")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(refused).contains("Бір мекенжайдан тым көп хабарлама жіберілді");
		assertThat(comments(marker)).isEqualTo(SubmissionThrottle.Kind.COMMENT.perWindow);
		// another address is not affected
		mvc.perform(post(SEED + "/comment").with(from("192.0.2.10")).with(csrf()).param("name", "Дана")
			.param("body", marker + " other")).andExpect(status().is3xxRedirection());
		// nothing is shown before moderation
		String page = mvc.perform(visit(SEED, "192.0.2.11")).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain(marker);
		// an empty comment is refused with a message and stores nothing
		String empty = mvc.perform(post(SEED + "/comment").with(from("192.0.2.12")).with(csrf()).param("name", "А")
			.param("body", "  ")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(empty).contains("Пікір мәтінін жазыңыз.");
	}

	@Test
	void atomFeedIsValidAtom10() throws Exception {
		var response = mvc.perform(get("/news/feed.atom")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml")).andReturn().getResponse();
		AtomAssertions.assertValidAtom(response.getContentAsByteArray());
		String lastModified = response.getHeader("Last-Modified");
		assertThat(lastModified).isNotNull();
		mvc.perform(get("/news/feed.atom").header("If-Modified-Since", lastModified))
			.andExpect(status().isNotModified());
	}

	@Test
	void sitemapListsPublishedArticles() throws Exception {
		String xml = mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(xml).contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
			.contains("<loc>http://localhost" + SEED + "</loc>");
		mvc.perform(get("/robots.txt")).andExpect(content().string(org.hamcrest.Matchers.containsString("Sitemap:")));
	}

	@Test
	void publicPagesAnswerConditionalRequests() throws Exception {
		var first = mvc.perform(get("/news").header("User-Agent", BROWSER)).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-cache")).andReturn().getResponse();
		String etag = first.getHeader("ETag");
		assertThat(etag).isNotBlank();
		mvc.perform(get("/news").header("If-None-Match", etag)).andExpect(status().isNotModified());
		assertThat(first.getHeader("Set-Cookie")).isNull();
	}

	@Test
	void onlyABranchSecretaryWritesNews() throws Exception {
		String branch = String.valueOf(unitId("shymkent-branch"));
		mvc.perform(get("/staff/news")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/staff/news").with(user(users.loadUserByUsername("member"))).with(csrf())
			.param("branchId", branch).param("titleKk", "Рұқсатсыз").param("bodyKk", "мәтін"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/staff/news").with(user(users.loadUserByUsername("youth"))).with(csrf())
			.param("branchId", branch).param("titleKk", "Рұқсатсыз").param("bodyKk", "мәтін"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT count(*) FROM news_item WHERE title_kk = 'Рұқсатсыз'").query(Integer.class)
			.single()).isZero();
	}

	@Test
	void slugsAreUniqueAndStableOncePublished(@Autowired Newsroom newsroom) throws Exception {
		var secretary = user(users.loadUserByUsername("secretary"));
		String branch = String.valueOf(unitId("shymkent-branch"));
		String title = "Кеңес отырысы " + UUID.randomUUID().toString().substring(0, 6);
		long first = create(secretary, branch, title);
		long second = create(secretary, branch, title);
		String a = slug(first);
		String b = slug(second);
		assertThat(b).isEqualTo(a + "-2");
		assertThat(a).startsWith("kenes-otyrysy-");
		mvc.perform(post("/staff/news/" + first + "/publish").with(secretary).with(csrf()).param("version", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/staff/news/" + first).with(secretary).with(csrf()).param("version", "1")
			.param("titleKk", "Жаңа тақырып").param("bodyKk", "Мәтін")).andExpect(status().is3xxRedirection());
		assertThat(slug(first)).isEqualTo(a);
		mvc.perform(visit("/news/" + a, "192.0.2.40")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Жаңа тақырып")));
		// a stale form is refused with the conflict message and changes nothing
		String stale = mvc.perform(post("/staff/news/" + first).with(secretary).with(csrf()).param("version", "0")
			.param("titleKk", "Ескі нұсқа").param("bodyKk", "Мәтін")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(stale).contains("Бұл жазбаны сізден бұрын басқа пайдаланушы өзгертті");
		assertThat(jdbc.sql("SELECT title_kk FROM news_item WHERE id = ?").param(first).query(String.class).single())
			.isEqualTo("Жаңа тақырып");
		// a draft is not public
		mvc.perform(visit("/news/" + b, "192.0.2.41")).andExpect(status().isNotFound());
		// a title without a Kazakh text is refused with a message
		String refused = mvc.perform(post("/staff/news").with(secretary).with(csrf()).param("branchId", branch)
			.param("titleKk", " ").param("bodyKk", "мәтін")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(refused).contains("Қазақша тақырыбын жазыңыз.");
	}

	@Test
	void coverImagesAreCheckedByContent() throws Exception {
		var secretary = user(users.loadUserByUsername("secretary"));
		long id = create(secretary, String.valueOf(unitId("shymkent-branch")), "Мұқаба " + UUID.randomUUID());
		MockMultipartFile fake = new MockMultipartFile("file", "photo.png", "image/png",
				"<html><script>alert(1)</script></html>".getBytes());
		String refused = mvc.perform(multipart("/staff/news/" + id + "/cover").file(fake).param("version", "0")
			.with(secretary).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Тек PNG, JPEG немесе GIF суреті жүктеледі.");
		assertThat(jdbc.sql("SELECT cover_image_id FROM news_item WHERE id = ?").param(id).query(Long.class)
			.optional()).isEmpty();

		BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		mvc.perform(multipart("/staff/news/" + id + "/cover")
			.file(new MockMultipartFile("file", "cover.jpg", "image/jpeg", png.toByteArray())).param("version", "0")
			.with(secretary).with(csrf())).andExpect(status().is3xxRedirection());
		Long imageId = jdbc.sql("SELECT cover_image_id FROM news_item WHERE id = ?").param(id).query(Long.class)
			.single();
		mvc.perform(get("/news/images/" + imageId)).andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	private long create(RequestPostProcessor who, String branch, String title) throws Exception {
		String location = mvc.perform(post("/staff/news").with(who).with(csrf()).param("branchId", branch)
			.param("titleKk", title).param("bodyKk", "Мәтін")).andExpect(status().is3xxRedirection()).andReturn()
			.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private String slug(long id) {
		return jdbc.sql("SELECT slug FROM news_item WHERE id = ?").param(id).query(String.class).single();
	}

	private long unitId(String code) {
		return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
	}

	private int comments(String text) {
		return jdbc.sql("SELECT count(*) FROM news_comment WHERE body LIKE ?").param("%" + text + "%")
			.query(Integer.class).single();
	}
}

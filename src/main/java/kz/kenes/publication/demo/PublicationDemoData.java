package kz.kenes.publication.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.identity.KenesUser;
import kz.kenes.identity.Role;
import kz.kenes.identity.RoleGrant;
import kz.kenes.meeting.MeetingQueries;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnits;
import kz.kenes.platform.DemoDataLoader;
import kz.kenes.platform.DemoDataOrder;
import kz.kenes.publication.NewsContent;
import kz.kenes.publication.NewsItem;
import kz.kenes.publication.NewsItems;
import kz.kenes.publication.Newsroom;

/**
 * The seed news item itself, published as it appeared (Kazakh, with Russian and English versions), with its
 * 35 views and no comments. Loaded once: a second start finds it by its slug.
 */
@Component
@Order(DemoDataOrder.PUBLICATION)
class PublicationDemoData implements DemoDataLoader {

	static final String SEED_SLUG = "amanat-partiyasy-miras-aymaqtyq-kenesinin-otyrysy-otti";
	/** The seed does not say the day; the meeting discussed the first 10 months of 2024. */
	static final LocalDateTime PUBLISHED = LocalDateTime.of(2024, 11, 15, 17, 0);
	static final int SEED_VIEWS = 35;

	private static final Logger log = LoggerFactory.getLogger(PublicationDemoData.class);

	private final Newsroom newsroom;
	private final NewsItems items;
	private final OrgUnits units;
	private final JdbcClient jdbc;
	private final MeetingQueries meetings;

	PublicationDemoData(Newsroom newsroom, NewsItems items, OrgUnits units, JdbcClient jdbc, MeetingQueries meetings) {
		this.meetings = meetings;
		this.newsroom = newsroom;
		this.items = items;
		this.units = units;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void loadDemoData() {
		OrgUnit branch = units.findByCode("shymkent-branch").orElse(null);
		OrgUnit council = units.findByCode("miras-council").orElse(null);
		if (branch == null || council == null) {
			return;
		}
		KenesUser demo = new KenesUser(0, "demo-data", "", "Demo data", null, Language.KK, true,
				Set.of(new RoleGrant(Role.SECRETARY, branch.getId())));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(demo, null, demo.getAuthorities()));
		try {
			if (items.findBySlug(SEED_SLUG).isEmpty()) {
				loadSeedArticle(branch, council);
			}
			linkSeedArticleToItsMeeting(council);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void loadSeedArticle(OrgUnit branch, OrgUnit council) {
		List<String> kk = lines("kk");
		List<String> ru = lines("ru");
		List<String> en = lines("en");
		NewsContent content = new NewsContent(new LocalizedText(kk.get(0), ru.get(0), en.get(0)),
				new LocalizedText(kk.get(1), ru.get(1), en.get(1)),
				new LocalizedText(body(kk), body(ru), body(en)), Set.of("Miras", "мәдениет", "жастар"));
		NewsItem item = newsroom.create(branch.getId(), council.getId(), content);
		item = newsroom.publish(item.getId(), item.getVersion());
		newsroom.backdate(item.getId(), PUBLISHED.atZone(ZoneId.of("Asia/Almaty")).toInstant());
		jdbc.sql("UPDATE news_stats SET views = ? WHERE news_item = ?").params(SEED_VIEWS, item.getId()).update();
		log.info("Demo news item loaded: /news/{}", item.getSlug());
	}

	/** The meeting module's demo holds the seed meeting (15 November 2024); link the article once it is there. */
	private void linkSeedArticleToItsMeeting(OrgUnit council) {
		NewsItem article = items.findBySlug(SEED_SLUG).orElseThrow();
		if (article.getMeetingId() != null) {
			return;
		}
		meetings.publicList(council.getId(), 100, 0).stream()
			.filter(m -> m.startsAt().toLocalDate().equals(PUBLISHED.toLocalDate()))
			.findFirst()
			.ifPresent(m -> newsroom.linkMeeting(article.getId(), m.id(), council.getId()));
	}

	private static String body(List<String> lines) {
		return String.join("\n", lines.subList(2, lines.size()));
	}

	private static List<String> lines(String language) {
		try {
			return new ClassPathResource("demo/publication/miras-council-meeting." + language + ".txt")
				.getContentAsString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

package kz.kenes.publication.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import kz.kenes.i18n.Language;
import kz.kenes.publication.NewsQueries;
import kz.kenes.publication.NewsQueries.NewsSummary;

/**
 * The Atom 1.0 feed of news (RFC 4287), the sitemap and robots.txt. Written with StAX, so every text is escaped by
 * the XML writer. Last-Modified follows the newest change of published news.
 */
@RestController
class FeedController {

	static final String ATOM = "http://www.w3.org/2005/Atom";
	static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
	static final int FEED_SIZE = 30;

	private final NewsQueries news;
	private final MessageSource messages;
	private final List<PublicPages> pages;

	FeedController(NewsQueries news, MessageSource messages, List<PublicPages> pages) {
		this.news = news;
		this.messages = messages;
		this.pages = pages;
	}

	@GetMapping(value = "/news/feed.atom", produces = "application/atom+xml")
	ResponseEntity<String> atom(Language language, WebRequest request) throws XMLStreamException {
		Instant updated = news.lastChange().orElse(Instant.EPOCH);
		if (request.checkNotModified(updated.toEpochMilli())) {
			return null;
		}
		List<NewsSummary> items = news.latest(language, FEED_SIZE);
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(ATOM);
		xml.writeStartElement(ATOM, "feed");
		xml.writeDefaultNamespace(ATOM);
		xml.writeAttribute("xml:lang", language.code());
		text(xml, "id", PublicUrls.of("/news", language));
		text(xml, "title", messages.getMessage("publication.feed.title", null, language.locale()));
		text(xml, "updated", format(updated));
		link(xml, "self", PublicUrls.base() + "/news/feed.atom" + (language == Language.DEFAULT ? "" : "?lang=" + language.code()),
				"application/atom+xml");
		link(xml, "alternate", PublicUrls.of("/news", language), "text/html");
		xml.writeStartElement(ATOM, "author");
		text(xml, "name", "Kenes");
		xml.writeEndElement();
		for (NewsSummary item : items) {
			xml.writeStartElement(ATOM, "entry");
			text(xml, "id", PublicUrls.base() + "/news/" + item.slug());
			text(xml, "title", item.title());
			text(xml, "published", format(item.publishedAt()));
			text(xml, "updated", format(item.updatedAt().isBefore(item.publishedAt()) ? item.publishedAt() : item.updatedAt()));
			link(xml, "alternate", PublicUrls.article(item.slug(), language), "text/html");
			if (item.lead() != null) {
				text(xml, "summary", item.lead());
			}
			for (String tag : item.tags()) {
				xml.writeEmptyElement(ATOM, "category");
				xml.writeAttribute("term", tag);
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.cacheControl(CacheControl.noCache())
			.body(out.toString());
	}

	@GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> sitemap(WebRequest request) throws XMLStreamException {
		Instant updated = news.lastChange().orElse(Instant.EPOCH);
		if (request.checkNotModified(updated.toEpochMilli())) {
			return null;
		}
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(SITEMAP);
		xml.writeStartElement(SITEMAP, "urlset");
		xml.writeDefaultNamespace(SITEMAP);
		for (PublicPages source : pages) {
			for (PublicPages.Entry page : source.entries()) {
				xml.writeStartElement(SITEMAP, "url");
				text(xml, "loc", PublicUrls.base() + page.path());
				if (page.lastModified() != null) {
					text(xml, "lastmod", format(page.lastModified()));
				}
				xml.writeEndElement();
			}
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
			.cacheControl(CacheControl.noCache()).body(out.toString());
	}

	@GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	String robots() {
		return "User-agent: *\nDisallow: /staff/\nDisallow: /login\nSitemap: " + PublicUrls.base() + "/sitemap.xml\n";
	}

	private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(xml.getNamespaceContext().getNamespaceURI(""), name);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement(ATOM, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
	}

	private static String format(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}
}

package kz.kenes.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.OffsetDateTime;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Checks the rules of RFC 4287 (Atom 1.0) that a feed reader relies on. */
final class AtomAssertions {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	private AtomAssertions() {
	}

	static Document assertValidAtom(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		Element feed = doc.getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		exactlyOne(feed, "id");
		exactlyOne(feed, "title");
		assertDate(exactlyOne(feed, "updated").getTextContent());
		assertThat(children(feed, "author").getLength()).as("feed author").isPositive();
		NodeList entries = children(feed, "entry");
		assertThat(entries.getLength()).isPositive();
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			assertThat(URI.create(exactlyOne(entry, "id").getTextContent()).isAbsolute()).isTrue();
			assertThat(exactlyOne(entry, "title").getTextContent()).isNotBlank();
			assertDate(exactlyOne(entry, "updated").getTextContent());
			NodeList links = children(entry, "link");
			boolean alternate = false;
			for (int l = 0; l < links.getLength(); l++) {
				Element link = (Element) links.item(l);
				alternate |= "alternate".equals(link.getAttribute("rel"))
						&& URI.create(link.getAttribute("href")).isAbsolute();
			}
			assertThat(alternate).as("entry has an absolute alternate link").isTrue();
		}
		return doc;
	}

	private static Element exactlyOne(Element parent, String name) {
		NodeList list = children(parent, name);
		assertThat(list.getLength()).as(parent.getLocalName() + "/" + name).isEqualTo(1);
		return (Element) list.item(0);
	}

	private static NodeList children(Element parent, String name) {
		org.w3c.dom.NodeList all = parent.getChildNodes();
		java.util.List<org.w3c.dom.Node> found = new java.util.ArrayList<>();
		for (int i = 0; i < all.getLength(); i++) {
			if (all.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
				found.add(e);
			}
		}
		return new NodeList() {
			public org.w3c.dom.Node item(int index) {
				return found.get(index);
			}

			public int getLength() {
				return found.size();
			}
		};
	}

	private static void assertDate(String text) {
		// RFC 3339 date-time, as Atom requires
		assertThat(OffsetDateTime.parse(text)).isNotNull();
	}
}

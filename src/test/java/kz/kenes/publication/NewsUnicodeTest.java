package kz.kenes.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import kz.kenes.support.KenesTest;
import kz.kenes.support.TrickyText;

/**
 * News titled and written in {@link TrickyText}, posted through the staff form and published: the article page
 * shows it escaped and intact, and the Atom feed, parsed as XML, gives back every title and lead exactly. Rolled
 * back at the end, so that the seed article stays the newest for other tests.
 */
@KenesTest
@Transactional
class NewsUnicodeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void articlesAndTheAtomFeedKeepEveryCharacter() throws Exception {
		var secretary = user(users.loadUserByUsername("secretary"));
		long branch = jdbc.sql("SELECT id FROM org_unit WHERE code = 'shymkent-branch'").query(Long.class).single();
		List<String> slugs = new ArrayList<>();
		for (String text : TrickyText.ALL) {
			String location = mvc.perform(post("/staff/news").with(secretary).with(csrf())
					.param("branchId", String.valueOf(branch)).param("titleKk", text).param("titleRu", text)
					.param("leadKk", text).param("bodyKk", text))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
			long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
			assertThat(jdbc.sql("SELECT title_kk FROM news_item WHERE id = ?").param(id).query(String.class).single())
				.isEqualTo(text);
			int version = jdbc.sql("SELECT version FROM news_item WHERE id = ?").param(id).query(Integer.class)
				.single();
			mvc.perform(post("/staff/news/" + id + "/publish").with(secretary).with(csrf())
				.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
			slugs.add(jdbc.sql("SELECT slug FROM news_item WHERE id = ?").param(id).query(String.class).single());
		}
		for (int i = 0; i < slugs.size(); i++) {
			String page = mvc.perform(get("/news/" + slugs.get(i))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>\"bold\"</b>");
			assertThat(HtmlUtils.htmlUnescape(page)).contains(TrickyText.ALL.get(i));
		}
		byte[] feed = mvc.perform(get("/news/feed.atom")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		Document doc = AtomAssertions.assertValidAtom(feed);
		List<String> titles = new ArrayList<>();
		NodeList entries = doc.getDocumentElement().getElementsByTagNameNS(AtomAssertions.ATOM, "entry");
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			titles.add(entry.getElementsByTagNameNS(AtomAssertions.ATOM, "title").item(0).getTextContent());
		}
		assertThat(titles).containsAll(TrickyText.ALL);
	}
}

package kz.kenes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import kz.kenes.support.KenesTest;

/** Every page is set in the frame of layout.html: its title, its own head elements, its content in the one main. */
@KenesTest
class PageFrameTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aPageBringsItsTitleHeadAndContentIntoTheFrame() throws Exception {
		String html = page("/?lang=en");
		assertThat(html).contains("<title>Home · Kenes</title>").contains("<html lang=\"en\">");
		String head = html.substring(0, html.indexOf("</head>"));
		assertThat(head).as("the page's own head elements are in the head")
			.contains("<meta property=\"og:type\" content=\"website\">").contains("/js/progress-chart.js");
		assertThat(head.indexOf("/css/publication.css")).as("a page's stylesheet comes after the site's")
			.isGreaterThan(head.indexOf("/css/kenes.css"));
		assertThat(main(html)).contains("<h1 class=\"display-6\">").contains("href=\"/proposals/new\"");
		assertThat(html.indexOf("navbar-kenes")).as("the site navigation comes before the content")
			.isLessThan(html.indexOf("<main")).isPositive();
		assertThat(html).doesNotContain("th:").doesNotContain("pageHead").doesNotContain("pageContent");
	}

	@Test
	void aPageWithoutHeadElementsOfItsOwnIsFramedToo() throws Exception {
		String councils = page("/org?lang=ru");
		assertThat(councils).contains("<title>Советы и филиалы партии · Kenes</title>").contains("/css/kenes.css");
		assertThat(main(councils)).contains("Советы и филиалы партии");
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The one main element, which must carry the frame's id and classes. */
	private static String main(String html) {
		assertThat(html.split("<main ", -1)).as("one main element").hasSize(2);
		int start = html.indexOf("<main id=\"main\" class=\"container my-4 flex-grow-1\">");
		assertThat(start).as("the frame's main element").isPositive();
		return html.substring(start, html.indexOf("</main>", start));
	}
}

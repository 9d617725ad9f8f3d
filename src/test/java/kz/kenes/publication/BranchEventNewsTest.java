package kz.kenes.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.support.KenesTest;

/**
 * The secretary of the host branch (or of a branch above the host) drafts and publishes the news of the host's event:
 * a branch's own meeting, and a meeting of a council attached to it.
 */
@KenesTest
@Transactional
class BranchEventNewsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	private long unit(String code) {
		return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
	}

	/** A held meeting of the Shymkent branch itself (not of one of its councils). */
	private long branchMeeting() {
		long branch = unit("shymkent-branch");
		return jdbc.sql("""
				INSERT INTO meeting (council_id, region_id, number, starts_at, format, place, status, held_on)
				SELECT id, region_id, 901, TIMESTAMP '2025-09-18 10:00', 'IN_PERSON', 'Филиалдың мәжіліс залы', 'HELD',
				       DATE '2025-09-18'
				FROM org_unit WHERE id = ? RETURNING id""").param(branch).query(Long.class).single();
	}

	private long draft(String username, long meeting) throws Exception {
		String location = mvc.perform(post("/staff/news/meetings/" + meeting + "/draft")
			.with(user(users.loadUserByUsername(username))).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/staff/news/\\d+");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void theBranchSecretaryDraftsAndPublishesTheNewsOfTheBranchsOwnMeeting() throws Exception {
		long meeting = branchMeeting();
		var secretary = user(users.loadUserByUsername("zholdykhozhaev"));
		assertThat(mvc.perform(get("/staff/news/meetings").with(secretary)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains("/staff/news/meetings/" + meeting + "/draft");
		mvc.perform(post("/staff/news/meetings/" + meeting + "/draft").with(user(users.loadUserByUsername("member")))
			.with(csrf())).andExpect(status().isForbidden());

		long id = draft("zholdykhozhaev", meeting);
		var item = jdbc.sql("""
				SELECT branch_id, council_id, meeting_id, title_kk, lead_kk, body_kk, body_ru, version
				FROM news_item WHERE id = ?""").param(id).query((rs, n) -> new Object[] { rs.getLong(1),
						rs.getObject(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
						rs.getString(7), rs.getInt(8) })
			.single();
		assertThat(item[0]).isEqualTo(unit("shymkent-branch"));
		assertThat(item[1]).isNull();
		assertThat(item[2]).isEqualTo(meeting);
		assertThat((String) item[3]).isEqualTo("«AMANAT» ПАРТИЯСЫ: ШЫМКЕНТ ҚАЛАЛЫҚ ФИЛИАЛЫНЫҢ ОТЫРЫСЫ ӨТТІ");
		assertThat((String) item[4]).isEqualTo("2025 жылғы 18 қыркүйекте «AMANAT» партиясы Шымкент қалалық "
				+ "филиалының отырысы өтті.");
		assertThat((String) item[5]).startsWith("18 қыркүйекте «AMANAT» партиясы Шымкент қалалық филиалының отырысы "
				+ "өтті. Өткізілген орны: Филиалдың мәжіліс залы.")
			.doesNotContain("жанындағы").doesNotContain("0-0");
		assertThat((String) item[6]).startsWith("18 сентября состоялось заседание Шымкентского городского филиала "
				+ "партии «AMANAT».");

		mvc.perform(post("/staff/news/" + id + "/publish").param("version", String.valueOf(item[7]))
			.with(user(users.loadUserByUsername("zholdykhozhaev"))).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT status FROM news_item WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("PUBLISHED");
	}

	@Test
	void theSecretaryOfTheBranchAboveACouncilDraftsItsMeetingsNews() throws Exception {
		long meeting = jdbc.sql("""
				SELECT m.id FROM meeting m JOIN org_unit c ON c.id = m.council_id
				WHERE c.code = 'miras-council' AND m.starts_at::date = DATE '2024-11-15'""").query(Long.class).single();
		long id = draft("zholdykhozhaev", meeting);
		assertThat(jdbc.sql("SELECT branch_id FROM news_item WHERE id = ?").param(id).query(Long.class).single())
			.isEqualTo(unit("shymkent-branch"));
		assertThat(jdbc.sql("SELECT council_id FROM news_item WHERE id = ?").param(id).query(Long.class).single())
			.isEqualTo(unit("miras-council"));
	}
}

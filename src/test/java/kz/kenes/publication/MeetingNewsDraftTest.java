package kz.kenes.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import kz.kenes.support.KenesTest;

/** "Draft from meeting" on the demo record of the Miras meeting of 15 November 2024 reproduces the seed. */
@KenesTest
class MeetingNewsDraftTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void theSecretaryDraftsTheSeedNewsFromTheMeetingRecord() throws Exception {
		long meeting = jdbc.sql("""
				SELECT m.id FROM meeting m JOIN org_unit c ON c.id = m.council_id
				WHERE c.code = 'miras-council' AND m.starts_at::date = DATE '2024-11-15'""").query(Long.class).single();
		mvc.perform(post("/staff/news/meetings/" + meeting + "/draft").with(user(users.loadUserByUsername("member")))
			.with(csrf())).andExpect(status().isForbidden());
		var secretary = user(users.loadUserByUsername("secretary"));
		String page = mvc.perform(get("/staff/news/meetings").with(secretary)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("/staff/news/meetings/" + meeting + "/draft");

		String location = mvc.perform(post("/staff/news/meetings/" + meeting + "/draft").with(secretary).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		var item = jdbc.sql("""
				SELECT n.title_kk, n.title_ru, n.lead_kk, n.body_kk, n.body_ru, n.status, n.meeting_id, c.code
				FROM news_item n JOIN org_unit c ON c.id = n.council_id WHERE n.id = ?""").param(id)
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
			.single();
		System.out.println("=== DRAFT KK\n" + item.get(0) + "\n" + item.get(2) + "\n" + item.get(3));
		System.out.println("=== DRAFT RU\n" + item.get(1) + "\n" + item.get(4));
		assertThat(item.get(5)).isEqualTo("DRAFT");
		assertThat(item.get(6)).isEqualTo(String.valueOf(meeting));
		assertThat(item.get(7)).isEqualTo("miras-council");
		assertThat(item.get(0)).isEqualTo("«AMANAT» ПАРТИЯСЫ: «MIRAS» АЙМАҚТЫҚ КЕҢЕСІНІҢ ОТЫРЫСЫ ӨТТІ");
		assertThat(item.get(1)).isEqualTo("ПАРТИЯ «AMANAT»: СОСТОЯЛОСЬ ЗАСЕДАНИЕ РЕГИОНАЛЬНОГО СОВЕТА «MIRAS»");
		List<String> kk = item.get(3).lines().toList();
		assertThat(kk.get(0)).startsWith("15 қарашада «AMANAT» партиясы Шымкент қалалық филиалы жанындағы азаматтық қоғам мен "
				+ "мәдениетті дамыту жөніндегі «Miras» аймақтық кеңесінің отырысы өтті.");
		assertThat(kk.get(1)).isEqualTo("Жиынға партия филиалының Атқарушы хатшысы Мұрат Жолдыхожаев, «Miras» "
				+ "аймақтық кеңесінің төрағасы Момбек Әбдіәкімұлы және салалық басқарма басшылары мен кеңес мүшелері "
				+ "қатысты.");
		assertThat(kk.get(2)).startsWith("Отырыста «AMANAT» партиясының 2023-2027 жылдарға арналған «Халықпен бірге!» "
				+ "сайлауалды бағдарламасын іске асыру жөніндегі Жол картасының мәдениет, ")
			.contains("салалары бойынша 2024 жылдың 10 айындағы орындалуы талқыланды.")
			.endsWith("Ішкі саясат және жастар істері жөніндегі басқармасының басшысы Айгерім Жұмақұлова атқарылған "
					+ "жұмыстарды қысқаша баяндап берді.");
		assertThat(kk.get(3)).isEqualTo("«Отбасындағы зорлық-зомбылықтың алдын алу, түсіндірме жұмыстарын жүргізу "
				+ "бойынша 2023 жылға 20 іс-шара жоспарланып, толығымен орындалды. Аталған іс-шара аясында "
				+ "«Отбасындағы зорлық-зомбылықсыз Қазақстан» жобасы жүзеге асырылып «Бәйтерек» жастар ұйымы жеңімпаз "
				+ "атанды. Бүгінгі күнге дейін 20 кездесу өткізіліп, оған 5 мыңнан астам жас қатысты», — деді "
				+ "Айгерім Жұмақұлова.");
		assertThat(kk.get(4)).startsWith("Мәдениет, тілдерді дамыту және архивтер басқармасының басшысы Бауыржан "
				+ "Орынтаев").contains("2023 жылға 25 іс-шара жоспарланып")
			.endsWith("», — деді Бауыржан Орынтаев.");
		assertThat(item.get(3)).contains("Тиісті сала басшылары айтылған ұсыныстар бойынша қорытынды "
				+ "шығарылатынын жеткізді.");
		List<String> ru = item.get(4).lines().toList();
		assertThat(ru.get(0)).startsWith("15 ноября состоялось заседание регионального совета «Miras» по развитию гражданского "
				+ "общества и культуры при Шымкентском городском филиале партии «AMANAT».");
		assertThat(ru.get(1)).isEqualTo("В заседании приняли участие исполнительный секретарь филиала партии Мурат "
				+ "Жолдыхожаев, председатель регионального совета «Miras» Момбек Абдиакимулы, руководители отраслевых "
				+ "управлений города и члены совета.");
		assertThat(ru.get(3)).endsWith("», — сказала Айгерим Жумакулова.");
		assertThat(item.get(4)).contains("— сказал Бауыржан Орынтаев.");

		// the seed article is linked to the same meeting by the demo data
		assertThat(jdbc.sql("SELECT meeting_id FROM news_item WHERE slug = ?")
			.param("amanat-partiyasy-miras-aymaqtyq-kenesinin-otyrysy-otti").query(Long.class).single())
			.isEqualTo(meeting);
	}
}

package kz.kenes.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import kz.kenes.i18n.LocalizedText;

/** Official titles of posts in Kazakh and Russian, at each level, and in a named unit. */
class PostTitlesTest {

	static Stream<Arguments> titlesAtEachLevel() {
		return Stream.of(
				Arguments.of(Post.AKIM, OrgLevel.REGION, "облыс әкімі", "аким области"),
				Arguments.of(Post.AKIM, OrgLevel.CITY, "қала әкімі", "аким города"),
				Arguments.of(Post.AKIM, OrgLevel.DISTRICT, "аудан әкімі", "аким района"),
				Arguments.of(Post.AKIM, OrgLevel.RURAL_DISTRICT, "ауылдық округ әкімі", "аким сельского округа"),
				Arguments.of(Post.DEPUTY_AKIM, OrgLevel.REGION, "облыс әкімінің орынбасары", "заместитель акима области"),
				Arguments.of(Post.DEPUTY_AKIM, OrgLevel.CITY, "қала әкімінің орынбасары", "заместитель акима города"),
				Arguments.of(Post.DEPUTY_AKIM, OrgLevel.DISTRICT, "аудан әкімінің орынбасары", "заместитель акима района"),
				Arguments.of(Post.DEPUTY_AKIM, OrgLevel.RURAL_DISTRICT, "ауылдық округ әкімінің орынбасары",
						"заместитель акима сельского округа"),
				Arguments.of(Post.MASLIKHAT_DEPUTY, OrgLevel.REGION, "облыстық мәслихат депутаты",
						"депутат областного маслихата"),
				Arguments.of(Post.MASLIKHAT_DEPUTY, OrgLevel.CITY, "қалалық мәслихат депутаты",
						"депутат городского маслихата"),
				Arguments.of(Post.MASLIKHAT_DEPUTY, OrgLevel.DISTRICT, "аудандық мәслихат депутаты",
						"депутат районного маслихата"),
				Arguments.of(Post.MASLIKHAT_DEPUTY, null, "мәслихат депутаты", "депутат маслихата"),
				Arguments.of(Post.MASLIKHAT_SECRETARY, OrgLevel.REGION, "облыстық мәслихат хатшысы",
						"секретарь областного маслихата"),
				Arguments.of(Post.MASLIKHAT_SECRETARY, OrgLevel.CITY, "қалалық мәслихат хатшысы",
						"секретарь городского маслихата"),
				Arguments.of(Post.MASLIKHAT_SECRETARY, OrgLevel.DISTRICT, "аудандық мәслихат хатшысы",
						"секретарь районного маслихата"),
				Arguments.of(Post.MASLIKHAT_SECRETARY, null, "мәслихат хатшысы", "секретарь маслихата"),
				Arguments.of(Post.MAZHILIS_DEPUTY, OrgLevel.REPUBLIC, "Мәжіліс депутаты", "депутат Мажилиса"),
				Arguments.of(Post.SENATE_DEPUTY, OrgLevel.REPUBLIC, "Сенат депутаты", "депутат Сената"),
				Arguments.of(Post.FACTION_LEADER, OrgLevel.REGION, "фракция жетекшісі", "руководитель фракции"),
				Arguments.of(Post.PARTY_SECRETARY, OrgLevel.REPUBLIC, "партия хатшысы", "секретарь партии"),
				Arguments.of(Post.HEAD_OF_DEPARTMENT, OrgLevel.REGION, "басқарма басшысы", "руководитель управления"),
				Arguments.of(Post.DEPUTY_HEAD, OrgLevel.REGION, "басқарма басшысының орынбасары",
						"заместитель руководителя управления"),
				Arguments.of(Post.DIRECTOR, null, "директор", "директор"),
				Arguments.of(Post.TEACHER, null, "мұғалім", "учитель"),
				Arguments.of(Post.CHAIR, null, "төраға", "председатель"),
				Arguments.of(Post.EXECUTIVE_SECRETARY, OrgLevel.CITY, "атқарушы хатшы", "исполнительный секретарь"));
	}

	@ParameterizedTest(name = "{0} at {1}: {2} / {3}")
	@MethodSource
	void titlesAtEachLevel(Post post, OrgLevel level, String kk, String ru) {
		LocalizedText title = PostTitles.generic(post, level);
		assertThat(title.kk()).isEqualTo(kk);
		assertThat(title.ru()).isEqualTo(ru);
		assertThat(title.en()).isNotBlank();
	}

	static Stream<Arguments> titlesInANamedUnit() {
		LocalizedText shymkent = new LocalizedText("Шымкент қаласының әкімдігі", "Акимат города Шымкент",
				"Shymkent city akimat");
		LocalizedText turkistan = new LocalizedText("Түркістан облысының әкімдігі", "Акимат Туркестанской области",
				"Akimat of Turkistan region");
		LocalizedText rural = new LocalizedText("Шаян ауылдық округі әкімінің аппараты",
				"Аппарат акима Шаянского сельского округа", "Office of the akim of Shayan rural district");
		LocalizedText maslikhat = new LocalizedText("Түркістан облыстық мәслихаты", "Туркестанский областной маслихат",
				"Turkistan regional maslikhat");
		LocalizedText faction = new LocalizedText("«AMANAT» партиясының облыстық мәслихаттағы фракциясы",
				"Фракция партии «AMANAT» в областном маслихате", "AMANAT faction in the regional maslikhat");
		LocalizedText miras = new LocalizedText("Азаматтық қоғам мен мәдениетті дамыту жөніндегі «Miras» аймақтық кеңесі",
				"Региональный совет «Miras» по развитию гражданского общества и культуры", "\"Miras\" council");
		LocalizedText department = new LocalizedText("Білім басқармасы", "Управление образования",
				"Department of Education");
		return Stream.of(
				Arguments.of(Post.AKIM, OrgUnitKind.AKIMAT, OrgLevel.CITY, shymkent, "Шымкент қаласының әкімі",
						"аким города Шымкент"),
				Arguments.of(Post.DEPUTY_AKIM, OrgUnitKind.AKIMAT, OrgLevel.CITY, shymkent,
						"Шымкент қаласы әкімінің орынбасары", "заместитель акима города Шымкент"),
				Arguments.of(Post.AKIM, OrgUnitKind.AKIMAT, OrgLevel.REGION, turkistan, "Түркістан облысының әкімі",
						"аким Туркестанской области"),
				Arguments.of(Post.DEPUTY_AKIM, OrgUnitKind.AKIMAT, OrgLevel.REGION, turkistan,
						"Түркістан облысы әкімінің орынбасары", "заместитель акима Туркестанской области"),
				Arguments.of(Post.AKIM, OrgUnitKind.RURAL_AKIMAT, OrgLevel.RURAL_DISTRICT, rural,
						"Шаян ауылдық округінің әкімі", "аким Шаянского сельского округа"),
				Arguments.of(Post.MASLIKHAT_DEPUTY, OrgUnitKind.MASLIKHAT, OrgLevel.REGION, maslikhat,
						"Түркістан облыстық мәслихатының депутаты", "депутат Туркестанского областного маслихата"),
				Arguments.of(Post.MASLIKHAT_SECRETARY, OrgUnitKind.MASLIKHAT, OrgLevel.REGION, maslikhat,
						"Түркістан облыстық мәслихатының хатшысы", "секретарь Туркестанского областного маслихата"),
				Arguments.of(Post.FACTION_LEADER, OrgUnitKind.FACTION, null, faction,
						"«AMANAT» партиясының облыстық мәслихаттағы фракциясының жетекшісі",
						"руководитель фракции партии «AMANAT» в областном маслихате"),
				Arguments.of(Post.CHAIR, OrgUnitKind.COUNCIL, null, miras,
						"Азаматтық қоғам мен мәдениетті дамыту жөніндегі «Miras» аймақтық кеңесінің төрағасы",
						"председатель регионального совета «Miras» по развитию гражданского общества и культуры"),
				Arguments.of(Post.HEAD_OF_DEPARTMENT, OrgUnitKind.DEPARTMENT, null, department,
						"Білім басқармасының басшысы", "руководитель управления образования"),
				Arguments.of(Post.MAZHILIS_DEPUTY, OrgUnitKind.PARLIAMENT_CHAMBER, OrgLevel.REPUBLIC,
						new LocalizedText("Қазақстан Республикасы Парламентінің Мәжілісі",
								"Мажилис Парламента Республики Казахстан", "Mazhilis"),
						"Мәжіліс депутаты", "депутат Мажилиса"));
	}

	@ParameterizedTest(name = "{0} in {3}")
	@MethodSource
	void titlesInANamedUnit(Post post, OrgUnitKind kind, OrgLevel level, LocalizedText unit, String kk, String ru) {
		LocalizedText title = PostTitles.of(post, kind, level, unit, null);
		assertThat(title.kk()).isEqualTo(kk);
		assertThat(title.ru()).isEqualTo(ru);
	}

	@Test
	void anAkimatOfAnotherNameGetsTheTitleOfItsLevelWithTheName() {
		LocalizedText title = PostTitles.of(Post.AKIM, OrgUnitKind.AKIMAT, OrgLevel.DISTRICT,
				new LocalizedText("Сарыағаш ауданы", "Сарыагашский район", "Saryagash district"), null);
		assertThat(title.kk()).isEqualTo("аудан әкімі (Сарыағаш ауданы)");
		assertThat(title.ru()).isEqualTo("аким района (Сарыагашский район)");
	}

	@Test
	void aTitleWrittenForThePositionWins() {
		LocalizedText own = new LocalizedText("мектеп кітапханашысы", "библиотекарь школы", "School librarian");
		assertThat(PostTitles.of(Post.OTHER, OrgUnitKind.INSTITUTION, null, new LocalizedText("а", "б", "c"), own))
			.isEqualTo(own);
		assertThat(PostTitles.of(Post.CHAIR, OrgUnitKind.COUNCIL, null, new LocalizedText("а", "б", "c"), own))
			.isEqualTo(own);
	}

	@ParameterizedTest
	@EnumSource(Post.class)
	void everyPostHasATitleAtEveryLevelAndIsOfferedInSomeKindOfUnit(Post post) {
		for (OrgLevel level : OrgLevel.values()) {
			LocalizedText title = PostTitles.generic(post, level);
			assertThat(title.kk()).isNotBlank();
			assertThat(title.ru()).isNotBlank();
			assertThat(title.en()).isNotBlank();
		}
		assertThat(java.util.Arrays.stream(OrgUnitKind.values()).anyMatch(post::fitsIn)).isTrue();
	}

	@Test
	void postsTiedToABodyFitOnlyThere() {
		assertThat(Post.AKIM.fitsIn(OrgUnitKind.AKIMAT)).isTrue();
		assertThat(Post.AKIM.fitsIn(OrgUnitKind.RURAL_AKIMAT)).isTrue();
		assertThat(Post.AKIM.fitsIn(OrgUnitKind.DEPARTMENT)).isFalse();
		assertThat(Post.FACTION_LEADER.fitsIn(OrgUnitKind.FACTION)).isTrue();
		assertThat(Post.FACTION_LEADER.fitsIn(OrgUnitKind.MASLIKHAT)).isFalse();
		assertThat(Post.MASLIKHAT_DEPUTY.fitsIn(OrgUnitKind.PARLIAMENT_CHAMBER)).isFalse();
		assertThat(Post.in(OrgUnitKind.AKIMAT)).startsWith(Post.AKIM, Post.DEPUTY_AKIM);
		assertThat(Post.in(OrgUnitKind.FACTION)).contains(Post.FACTION_LEADER, Post.MEMBER).doesNotContain(Post.AKIM);
	}
}

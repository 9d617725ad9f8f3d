package kz.kenes.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.identity.Access;
import kz.kenes.platform.RuleViolation;
import kz.kenes.support.KenesTest;

/** Posts held at once, the post that fits a unit on a day, posts refused where they do not exist. Rolled back. */
@KenesTest
@Transactional
class OrgPostsTest {

	@Autowired
	OrgStructure structure;

	@Autowired
	OrgDirectory directory;

	@Autowired
	OrgUnits units;

	@Autowired
	Access access;

	<T> T asAdmin(Supplier<T> work) {
		Object[] result = new Object[1];
		access.runAsSystem("test", () -> result[0] = work.get());
		@SuppressWarnings("unchecked")
		T t = (T) result[0];
		return t;
	}

	OrgUnit unit(String code) {
		return units.findByCode(code).orElseThrow();
	}

	static LocalizedText text(String kk, String ru, String en) {
		return new LocalizedText(kk, ru, en);
	}

	@Test
	void onePersonHoldsSeveralPostsAtOnceAndEachMeetingShowsThePostThatFitsIt() {
		OrgUnit maslikhat = asAdmin(() -> structure.addUnit(null, OrgUnitKind.MASLIKHAT, OrgLevel.CITY, "t-maslikhat",
				text("Шымкент қалалық мәслихаты", "Шымкентский городской маслихат", "Shymkent city maslikhat")));
		OrgUnit faction = asAdmin(() -> structure.addUnit(maslikhat.getId(), OrgUnitKind.FACTION, "t-faction",
				text("«AMANAT» партиясының қалалық мәслихаттағы фракциясы",
						"Фракция партии «AMANAT» в городском маслихате", "AMANAT faction in the city maslikhat")));
		OrgUnit miras = unit("miras-council");
		Person person = asAdmin(() -> structure.addPerson("t-deputy", text("Әсел Нұрланқызы", "Асель Нурланкызы",
				"Assel Nurlankyzy")));
		LocalDate since = LocalDate.of(2023, 3, 1);
		asAdmin(() -> structure.appoint(person, maslikhat, Post.MASLIKHAT_DEPUTY, null, since));
		asAdmin(() -> structure.appoint(person, faction, Post.FACTION_LEADER, null, LocalDate.of(2023, 6, 1)));
		asAdmin(() -> structure.appoint(person, miras, Post.MEMBER, null, since));

		LocalDate day = LocalDate.of(2024, 11, 15);
		assertThat(directory.positionsOf(person.getId(), Language.KK)).hasSize(3).allMatch(a -> a.heldOn(day));
		// in the council she is its member, in the faction its leader
		assertThat(directory.postFor(person.getId(), miras.getId(), day, Language.KK)).get()
			.satisfies(a -> assertThat(a.title().kk()).endsWith("«Miras» аймақтық кеңесінің мүшесі"));
		assertThat(directory.postFor(person.getId(), faction.getId(), day, Language.KK)).get()
			.satisfies(a -> {
				assertThat(a.post()).isEqualTo(Post.FACTION_LEADER);
				assertThat(a.title().ru()).isEqualTo("руководитель фракции партии «AMANAT» в городском маслихате");
			});
		// at the maslikhat's session: the post held in the maslikhat itself, not the one in the faction below it
		assertThat(directory.postFor(person.getId(), maslikhat.getId(), day, Language.KK)).get()
			.satisfies(a -> assertThat(a.title().kk()).isEqualTo("Шымкент қалалық мәслихатының депутаты"));
		// before she led the faction, a faction meeting shows her as a deputy of the maslikhat above it
		assertThat(directory.postFor(person.getId(), faction.getId(), LocalDate.of(2023, 4, 1), Language.KK)).get()
			.satisfies(a -> assertThat(a.post()).isEqualTo(Post.MASLIKHAT_DEPUTY));
		// elsewhere (an akimat's meeting): her most senior post that day
		assertThat(directory.postFor(person.getId(), unit("shymkent-akimat").getId(), day, Language.KK)).get()
			.satisfies(a -> assertThat(a.post()).isEqualTo(Post.FACTION_LEADER));
		assertThat(directory.postFor(person.getId(), miras.getId(), LocalDate.of(2022, 1, 1), Language.KK)).isEmpty();
	}

	@Test
	void theBatchFindsEachPersonsPostInOneCall() {
		OrgUnit miras = unit("miras-council");
		Person chair = asAdmin(() -> structure.addPerson("t-batch", text("Бақыт Ержанов", "Бакыт Ержанов",
				"Bakyt Yerzhanov")));
		asAdmin(() -> structure.appoint(chair, unit("dept-youth"), Post.DEPUTY_HEAD, null, LocalDate.of(2024, 1, 1)));
		Map<Long, Appointment> posts = directory.postsFor(List.of(chair.getId(), -1L), miras.getId(),
				LocalDate.of(2024, 11, 15), Language.RU);
		assertThat(posts).containsOnlyKeys(chair.getId());
		assertThat(posts.get(chair.getId()).title().ru())
			.isEqualTo("заместитель руководителя управления внутренней политики и по делам молодежи");
	}

	@Test
	void aPostIsRefusedInAUnitWhereItDoesNotExistAndAnOtherPostNeedsItsTitle() {
		Person person = asAdmin(() -> structure.addPerson("t-refused", text("Ерлан Сейіт", "Ерлан Сеит", "Yerlan Seit")));
		OrgUnit youth = unit("dept-youth");
		assertThatThrownBy(() -> asAdmin(() -> structure.appoint(person, youth, Post.AKIM, null, LocalDate.now())))
			.isInstanceOf(RuleViolation.class).hasMessage("organization.position.wrongUnit");
		assertThatThrownBy(() -> asAdmin(() -> structure.appoint(person, youth, Post.OTHER, null, LocalDate.now())))
			.isInstanceOf(RuleViolation.class).hasMessage("organization.position.titleRequired");
		PositionHeld held = asAdmin(() -> structure.appoint(person, youth, Post.OTHER,
				text("баспасөз хатшысы", "пресс-секретарь", "Press secretary"), LocalDate.now()));
		assertThat(directory.positionsOf(person.getId(), Language.RU)).singleElement()
			.satisfies(a -> assertThat(a.title(Language.RU)).isEqualTo("пресс-секретарь"));
		assertThat(held.getTitleKk()).isEqualTo("баспасөз хатшысы");
		assertThat(directory.positionsIn(youth.getId(), Language.KK)).extracting(Appointment::personId)
			.contains(person.getId());
	}

	@Test
	void theDemoAkimatsHeadIsTitledByTheCity() {
		OrgUnit akimat = unit("shymkent-akimat");
		assertThat(akimat.level()).isEqualTo(OrgLevel.CITY);
		assertThat(PostTitles.of(Post.DEPUTY_AKIM, akimat, null).kk()).isEqualTo("Шымкент қаласы әкімінің орынбасары");
	}
}

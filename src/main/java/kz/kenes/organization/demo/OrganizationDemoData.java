package kz.kenes.organization.demo;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.platform.DemoDataLoader;
import kz.kenes.platform.DemoDataOrder;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.identity.Access;
import kz.kenes.identity.Role;
import kz.kenes.identity.User;
import kz.kenes.identity.Users;
import kz.kenes.organization.OrgLevel;
import kz.kenes.organization.OrgStructure;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnitKind;
import kz.kenes.organization.OrgUnits;
import kz.kenes.organization.Person;
import kz.kenes.organization.Post;

/**
 * The org structure of the seed news item (Shymkent, "Miras" council) and one demo user per role.
 * Loaded once: a second start finds the party by its code and adds nothing.
 */
@Component
@Order(DemoDataOrder.ORGANIZATION)
class OrganizationDemoData implements DemoDataLoader {

	/** The password of every demo account, printed in README. */
	static final String DEMO_PASSWORD = "kenes-demo";

	private static final Logger log = LoggerFactory.getLogger(OrganizationDemoData.class);
	private static final LocalDate SINCE = LocalDate.of(2023, 1, 1);

	private final OrgStructure structure;
	private final OrgUnits units;
	private final Users users;
	private final PasswordEncoder encoder;
	private final Access access;

	OrganizationDemoData(OrgStructure structure, OrgUnits units, Users users, PasswordEncoder encoder,
			Access access) {
		this.access = access;
		this.structure = structure;
		this.units = units;
		this.users = users;
		this.encoder = encoder;
	}

	@Override
	@Transactional
	public void loadDemoData() {
		if (units.findByCode("amanat").isEmpty()) {
			access.runAsSystem("demo-data", this::load);
			log.info("Demo org structure and users loaded (password '{}')", DEMO_PASSWORD);
		}
		if (units.findByCode("turkistan-branch").isEmpty()) {
			access.runAsSystem("demo-data", this::loadTurkistan);
			log.info("Demo bodies of the Turkistan region loaded");
		}
	}

	/**
	 * A second region beside Shymkent, so that every list shows more than one of everything: the Turkistan regional
	 * branch with a city and a district branch, a council, a bureau and a control commission; the regional
	 * maslikhat with the party's faction; the regional akimat with two departments, a school, a district akimat and
	 * a rural district's akim. The people are examples (their codes say so), not the real officials.
	 */
	private void loadTurkistan() {
		OrgUnit party = units.findByCode("amanat").orElseThrow();
		OrgUnit branch = structure.addUnit(party.getId(), OrgUnitKind.REGIONAL_BRANCH, "turkistan-branch",
				new LocalizedText("«AMANAT» партиясының Түркістан облыстық филиалы",
						"Туркестанский областной филиал партии «AMANAT»", "Turkistan regional branch of the AMANAT party"));
		structure.addUnit(branch.getId(), OrgUnitKind.CITY_BRANCH, "turkistan-city-branch",
				new LocalizedText("«AMANAT» партиясының Түркістан қалалық филиалы",
						"Туркестанский городской филиал партии «AMANAT»", "Turkistan city branch of the AMANAT party"));
		structure.addUnit(branch.getId(), OrgUnitKind.DISTRICT_BRANCH, "sairam-branch",
				new LocalizedText("«AMANAT» партиясының Сайрам аудандық филиалы",
						"Сайрамский районный филиал партии «AMANAT»", "Sairam district branch of the AMANAT party"));
		OrgUnit council = structure.addUnit(branch.getId(), OrgUnitKind.COUNCIL, "zhiger-council",
				new LocalizedText("Жастар саясаты жөніндегі «Жігер» аймақтық кеңесі",
						"Региональный совет «Жигер» по молодежной политике",
						"\"Zhiger\" regional council on youth policy"));
		OrgUnit bureau = structure.addUnit(branch.getId(), OrgUnitKind.BUREAU, "turkistan-bureau",
				new LocalizedText("Түркістан облыстық филиалының бюросы", "Бюро Туркестанского областного филиала",
						"Bureau of the Turkistan regional branch"));
		OrgUnit control = structure.addUnit(branch.getId(), OrgUnitKind.CONTROL_COMMISSION, "turkistan-control",
				new LocalizedText("Түркістан облыстық филиалының партиялық бақылау комиссиясы",
						"Комиссия партийного контроля Туркестанского областного филиала",
						"Party control commission of the Turkistan regional branch"));
		OrgUnit maslikhat = structure.addUnit(null, OrgUnitKind.MASLIKHAT, OrgLevel.REGION, "turkistan-maslikhat",
				new LocalizedText("Түркістан облыстық мәслихаты", "Туркестанский областной маслихат",
						"Turkistan regional maslikhat"));
		OrgUnit faction = structure.addUnit(maslikhat.getId(), OrgUnitKind.FACTION, "turkistan-maslikhat-faction",
				new LocalizedText("«AMANAT» партиясының Түркістан облыстық мәслихатындағы фракциясы",
						"Фракция партии «AMANAT» в Туркестанском областном маслихате",
						"AMANAT party faction in the Turkistan regional maslikhat"));
		OrgUnit akimat = structure.addUnit(null, OrgUnitKind.AKIMAT, OrgLevel.REGION, "turkistan-akimat",
				new LocalizedText("Түркістан облысының әкімдігі", "Акимат Туркестанской области",
						"Akimat of Turkistan region"));
		OrgUnit education = structure.addUnit(akimat.getId(), OrgUnitKind.DEPARTMENT, "tk-dept-education",
				new LocalizedText("Түркістан облысының білім басқармасы", "Управление образования Туркестанской области",
						"Education Department of Turkistan region"));
		OrgUnit youth = structure.addUnit(akimat.getId(), OrgUnitKind.DEPARTMENT, "tk-dept-youth",
				new LocalizedText("Түркістан облысының жастар саясаты мәселелері басқармасы",
						"Управление по вопросам молодежной политики Туркестанской области",
						"Youth Policy Department of Turkistan region"));
		OrgUnit school = structure.addUnit(education.getId(), OrgUnitKind.INSTITUTION, "tk-school-1",
				new LocalizedText("№ 1 жалпы білім беретін мектеп", "Общеобразовательная школа № 1",
						"Secondary school No. 1"));
		OrgUnit district = structure.addUnit(akimat.getId(), OrgUnitKind.AKIMAT, OrgLevel.DISTRICT, "sairam-akimat",
				new LocalizedText("Сайрам ауданының әкімдігі", "Акимат Сайрамского района", "Sairam district akimat"));
		OrgUnit rural = structure.addUnit(district.getId(), OrgUnitKind.RURAL_AKIMAT, "aksu-rural-akimat",
				new LocalizedText("Ақсу ауылдық округі әкімінің аппараты", "Аппарат акима Аксуского сельского округа",
						"Office of the akim of Aksu rural district"));

		Person secretary = person("example-tk-secretary", "Ержан Сапарбеков", "Ержан Сапарбеков", "Yerzhan Saparbekov");
		Person akim = person("example-tk-akim", "Дәулет Серікбаев", "Даулет Серикбаев", "Daulet Serikbayev");
		Person deputyAkim = person("example-tk-deputy-akim", "Жанна Әлімқұлова", "Жанна Алимкулова",
				"Zhanna Alimkulova");
		Person maslikhatSecretary = person("example-tk-maslikhat-secretary", "Бекзат Оспанов", "Бекзат Оспанов",
				"Bekzat Ospanov");
		Person factionLeader = person("example-tk-faction-leader", "Гүлмира Тасболатова", "Гульмира Тасболатова",
				"Gulmira Tasbolatova");
		Person chair = person("example-tk-council-chair", "Нұрбол Әбдірахманов", "Нурбол Абдрахманов",
				"Nurbol Abdrakhmanov");
		Person educationHead = person("example-tk-education-head", "Сәуле Жақсылықова", "Сауле Жаксылыкова",
				"Saule Zhaksylykova");
		Person youthHead = person("example-tk-youth-head", "Асқар Үсенов", "Аскар Усенов", "Askar Ussenov");
		Person ruralAkim = person("example-tk-rural-akim", "Мұхтар Ермекұлы", "Мухтар Ермекулы", "Mukhtar Yermekuly");
		Person director = person("example-tk-director", "Әйгерім Нұрланова", "Айгерим Нурланова", "Aigerim Nurlanova");

		structure.appoint(secretary, branch, Post.EXECUTIVE_SECRETARY, null, SINCE);
		structure.appoint(secretary, bureau, Post.MEMBER, null, SINCE);
		structure.appoint(akim, akimat, Post.AKIM, null, SINCE);
		structure.appoint(deputyAkim, akimat, Post.DEPUTY_AKIM, null, SINCE);
		structure.appoint(maslikhatSecretary, maslikhat, Post.MASLIKHAT_SECRETARY, null, SINCE);
		structure.appoint(maslikhatSecretary, maslikhat, Post.MASLIKHAT_DEPUTY, null, SINCE);
		// one person, several posts at once: a deputy of the maslikhat who leads the faction and sits in the council
		structure.appoint(factionLeader, maslikhat, Post.MASLIKHAT_DEPUTY, null, SINCE);
		structure.appoint(factionLeader, faction, Post.FACTION_LEADER, null, SINCE);
		structure.appoint(factionLeader, council, Post.MEMBER, null, SINCE);
		structure.appoint(chair, council, Post.CHAIR, null, SINCE);
		structure.appoint(chair, control, Post.CHAIR, null, SINCE);
		structure.appoint(educationHead, education, Post.HEAD_OF_DEPARTMENT, null, SINCE);
		structure.appoint(youthHead, youth, Post.HEAD_OF_DEPARTMENT, null, SINCE);
		structure.appoint(ruralAkim, rural, Post.AKIM, null, SINCE);
		structure.appoint(director, school, Post.DIRECTOR, null, SINCE);

		user("tk-secretary", secretary.fullName().kk(), secretary, Role.SECRETARY, branch);
		user("tk-reporter", educationHead.fullName().kk(), educationHead, Role.REPORTER, education);
	}

	private void load() {
		OrgUnit party = structure.addUnit(null, OrgUnitKind.PARTY, "amanat",
				new LocalizedText("«AMANAT» партиясы", "Партия «AMANAT»", "AMANAT party"));
		// The congress of 1 March 2022 renamed Nur Otan to AMANAT; records of earlier days show the old name.
		structure.recordFormerName(party.getId(), new LocalizedText("«Нұр Отан» партиясы", "Партия «Нур Отан»",
				"Nur Otan party"), null, LocalDate.of(2022, 2, 28));
		OrgUnit branch = structure.addUnit(party.getId(), OrgUnitKind.CITY_BRANCH, "shymkent-branch",
				new LocalizedText("«AMANAT» партиясының Шымкент қалалық филиалы",
						"Шымкентский городской филиал партии «AMANAT»", "Shymkent city branch of the AMANAT party"));
		OrgUnit miras = structure.addUnit(branch.getId(), OrgUnitKind.COUNCIL, "miras-council",
				new LocalizedText("Азаматтық қоғам мен мәдениетті дамыту жөніндегі «Miras» аймақтық кеңесі",
						"Региональный совет «Miras» по развитию гражданского общества и культуры",
						"\"Miras\" regional council for the development of civil society and culture"));
		OrgUnit control = structure.addUnit(branch.getId(), OrgUnitKind.CONTROL_COMMISSION, "shymkent-control",
				new LocalizedText("Шымкент қалалық филиалының партиялық бақылау комиссиясы",
						"Комиссия партийного контроля Шымкентского городского филиала",
						"Party control commission of the Shymkent city branch"));
		OrgUnit akimat = structure.addUnit(null, OrgUnitKind.AKIMAT, OrgLevel.CITY, "shymkent-akimat",
				new LocalizedText("Шымкент қаласының әкімдігі", "Акимат города Шымкент", "Shymkent city akimat"));
		OrgUnit youth = structure.addUnit(akimat.getId(), OrgUnitKind.DEPARTMENT, "dept-youth",
				new LocalizedText("Ішкі саясат және жастар істері жөніндегі басқарма",
						"Управление внутренней политики и по делам молодежи",
						"Department of Internal Policy and Youth Affairs"));
		OrgUnit culture = structure.addUnit(akimat.getId(), OrgUnitKind.DEPARTMENT, "dept-culture",
				new LocalizedText("Мәдениет, тілдерді дамыту және архивтер басқармасы",
						"Управление культуры, развития языков и архивов",
						"Department of Culture, Language Development and Archives"));
		structure.addUnit(null, OrgUnitKind.NGO, "baiterek",
				new LocalizedText("«Бәйтерек» жастар ұйымы", "Молодежная организация «Байтерек»",
						"\"Baiterek\" youth organisation"));

		Person zholdykhozhaev = person("murat-zholdykhozhaev", "Мұрат Жолдыхожаев", "Мурат Жолдыхожаев",
				"Murat Zholdykhozhaev");
		Person abdiakimuly = person("mombek-abdiakimuly", "Момбек Әбдіәкімұлы", "Момбек Абдиакимулы",
				"Mombek Abdiakimuly");
		Person zhumakulova = person("aigerim-zhumakulova", "Айгерім Жұмақұлова", "Айгерим Жумакулова",
				"Aigerim Zhumakulova");
		Person oryntaev = person("bauyrzhan-oryntaev", "Бауыржан Орынтаев", "Бауыржан Орынтаев",
				"Bauyrzhan Oryntaev");
		// Example council members and secretary (not named in the seed; marked as examples in their codes).
		Person secretary = person("example-council-secretary", "Дана Сейітқызы", "Дана Сейткызы",
				"Dana Seitkyzy");
		Person member1 = person("example-member-1", "Ерлан Тұрсынбеков", "Ерлан Турсынбеков", "Yerlan Tursynbekov");
		Person member2 = person("example-member-2", "Гүлнар Әбенова", "Гульнар Абенова", "Gulnar Abenova");
		Person member3 = person("example-member-3", "Нұрлан Қасымов", "Нурлан Касымов", "Nurlan Kassymov");

		structure.appoint(zholdykhozhaev, branch, Post.EXECUTIVE_SECRETARY, null, SINCE);
		structure.appoint(abdiakimuly, miras, Post.CHAIR, null, SINCE);
		structure.appoint(secretary, miras, Post.SECRETARY, null, SINCE);
		structure.appoint(member1, miras, Post.MEMBER, null, SINCE);
		structure.appoint(member2, miras, Post.MEMBER, null, SINCE);
		structure.appoint(member3, miras, Post.MEMBER, null, SINCE);
		structure.appoint(zhumakulova, youth, Post.HEAD_OF_DEPARTMENT, null, SINCE);
		structure.appoint(oryntaev, culture, Post.HEAD_OF_DEPARTMENT, null, SINCE);
		structure.appoint(member1, control, Post.MEMBER, null, SINCE);

		user("admin", "Әкімші / Administrator", null, Role.ADMIN, party);
		user("secretary", secretary.fullName().kk(), secretary, Role.SECRETARY, branch);
		user("zholdykhozhaev", zholdykhozhaev.fullName().kk(), zholdykhozhaev, Role.SECRETARY, branch);
		user("member", member1.fullName().kk(), member1, Role.MEMBER, miras);
		user("chair", abdiakimuly.fullName().kk(), abdiakimuly, Role.MEMBER, miras);
		user("youth", zhumakulova.fullName().kk(), zhumakulova, Role.REPORTER, youth);
		user("culture", oryntaev.fullName().kk(), oryntaev, Role.REPORTER, culture);
	}

	private Person person(String code, String kk, String ru, String en) {
		return structure.addPerson(code, new LocalizedText(kk, ru, en));
	}

	private void user(String username, String displayName, Person person, Role role, OrgUnit unit) {
		User user = new User(username, encoder.encode(DEMO_PASSWORD), displayName,
				person == null ? null : person.getId());
		user.grant(role, unit.getId());
		users.save(user);
	}
}

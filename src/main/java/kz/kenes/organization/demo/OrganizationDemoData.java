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
		if (units.findByCode("amanat").isPresent()) {
			return;
		}
		access.runAsSystem("demo-data", this::load);
		log.info("Demo org structure and users loaded (password '{}')", DEMO_PASSWORD);
	}

	private void load() {
		OrgUnit party = structure.addUnit(null, OrgUnitKind.PARTY, "amanat",
				new LocalizedText("«AMANAT» партиясы", "Партия «AMANAT»", "AMANAT party"));
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
		OrgUnit akimat = structure.addUnit(null, OrgUnitKind.AKIMAT, "shymkent-akimat",
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

package kz.kenes.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.platform.RuleViolation;

/** Which kind of unit may stand where, which level it serves, and where its region key comes from. */
class OrgUnitKindTest {

	private long nextId = 100;

	/** A unit as saved: with an id, placed under its parent. */
	OrgUnit unit(OrgUnitKind kind, OrgUnit parent) {
		OrgUnit unit = new OrgUnit(kind, kind.name().toLowerCase() + nextId, new LocalizedText("а", "а", "a"));
		ReflectionTestUtils.setField(unit, "id", nextId++);
		unit.placeUnder(parent);
		unit.assignLevel(null, parent);
		return unit;
	}

	static String refusal(Runnable change) {
		try {
			change.run();
		}
		catch (RuleViolation e) {
			return e.messageKey();
		}
		return null;
	}

	@Test
	void aFactionSitsInAMaslikhatOrAChamberAndNowhereElse() {
		OrgUnit maslikhat = unit(OrgUnitKind.MASLIKHAT, null);
		OrgUnit chamber = unit(OrgUnitKind.PARLIAMENT_CHAMBER, null);
		assertThat(unit(OrgUnitKind.FACTION, maslikhat).getParentId()).isEqualTo(maslikhat.getId());
		assertThat(unit(OrgUnitKind.FACTION, chamber).getParentId()).isEqualTo(chamber.getId());
		OrgUnit akimat = unit(OrgUnitKind.AKIMAT, null);
		OrgUnit department = unit(OrgUnitKind.DEPARTMENT, akimat);
		assertThat(refusal(() -> unit(OrgUnitKind.FACTION, department))).isEqualTo("organization.unit.parent.wrong");
		assertThat(refusal(() -> unit(OrgUnitKind.FACTION, null))).isEqualTo("organization.unit.parent.required");
	}

	@Test
	void aRuralAkimatSitsUnderAnAkimatOnly() {
		OrgUnit region = unit(OrgUnitKind.AKIMAT, null);
		OrgUnit district = unit(OrgUnitKind.AKIMAT, region);
		OrgUnit rural = unit(OrgUnitKind.RURAL_AKIMAT, district);
		assertThat(rural.level()).isEqualTo(OrgLevel.RURAL_DISTRICT);
		assertThat(refusal(() -> unit(OrgUnitKind.RURAL_AKIMAT, null))).isEqualTo("organization.unit.parent.required");
		OrgUnit maslikhat = unit(OrgUnitKind.MASLIKHAT, null);
		assertThat(refusal(() -> unit(OrgUnitKind.RURAL_AKIMAT, maslikhat))).isEqualTo("organization.unit.parent.wrong");
		OrgUnit school = unit(OrgUnitKind.INSTITUTION, rural);
		assertThat(school.getRegionId()).isEqualTo(region.getId());
	}

	@Test
	void partyBodiesSitUnderBranches() {
		OrgUnit party = unit(OrgUnitKind.PARTY, null);
		OrgUnit region = unit(OrgUnitKind.REGIONAL_BRANCH, party);
		OrgUnit city = unit(OrgUnitKind.CITY_BRANCH, region);
		OrgUnit district = unit(OrgUnitKind.DISTRICT_BRANCH, city);
		for (OrgUnit branch : new OrgUnit[] { party, region, city, district }) {
			assertThat(unit(OrgUnitKind.BUREAU, branch).getParentId()).isEqualTo(branch.getId());
			assertThat(unit(OrgUnitKind.CONTROL_COMMISSION, branch).getParentId()).isEqualTo(branch.getId());
		}
		assertThat(refusal(() -> unit(OrgUnitKind.DISTRICT_BRANCH, party))).isEqualTo("organization.unit.parent.wrong");
		assertThat(refusal(() -> unit(OrgUnitKind.REGIONAL_BRANCH, null))).isEqualTo("organization.unit.parent.required");
		assertThat(refusal(() -> unit(OrgUnitKind.PARTY, region))).isEqualTo("organization.unit.parent.wrong");
	}

	@Test
	void aRegionIsStartedOnlyOutsideAnyRegion() {
		OrgUnit party = unit(OrgUnitKind.PARTY, null);
		assertThat(party.getRegionId()).isNull();
		OrgUnit shymkent = unit(OrgUnitKind.CITY_BRANCH, party);
		assertThat(shymkent.getRegionId()).isEqualTo(shymkent.getId());
		OrgUnit turkistan = unit(OrgUnitKind.REGIONAL_BRANCH, party);
		OrgUnit city = unit(OrgUnitKind.CITY_BRANCH, turkistan);
		assertThat(city.getRegionId()).as("a city branch of a region is in that region").isEqualTo(turkistan.getId());
		OrgUnit maslikhat = unit(OrgUnitKind.MASLIKHAT, null);
		OrgUnit districtMaslikhat = unit(OrgUnitKind.MASLIKHAT, maslikhat);
		assertThat(districtMaslikhat.getRegionId()).isEqualTo(maslikhat.getId());
		assertThat(unit(OrgUnitKind.FACTION, districtMaslikhat).getRegionId()).isEqualTo(maslikhat.getId());
		assertThat(unit(OrgUnitKind.FACTION, unit(OrgUnitKind.PARLIAMENT_CHAMBER, null)).getRegionId()).isNull();
	}

	@Test
	void akimatsAndMaslikhatsTakeALevelFromTheirPlaceOrAsAsked() {
		OrgUnit region = unit(OrgUnitKind.AKIMAT, null);
		assertThat(region.level()).isEqualTo(OrgLevel.REGION);
		assertThat(unit(OrgUnitKind.AKIMAT, region).level()).isEqualTo(OrgLevel.DISTRICT);
		OrgUnit city = unit(OrgUnitKind.AKIMAT, region);
		city.assignLevel(OrgLevel.CITY, region);
		assertThat(city.level()).isEqualTo(OrgLevel.CITY);
		city.assignLevel(null, region);
		assertThat(city.level()).as("kept when not asked again").isEqualTo(OrgLevel.CITY);
		OrgUnit maslikhat = unit(OrgUnitKind.MASLIKHAT, null);
		assertThat(refusal(() -> maslikhat.assignLevel(OrgLevel.RURAL_DISTRICT, null)))
			.isEqualTo("organization.unit.level.wrong");
		OrgUnit branch = unit(OrgUnitKind.REGIONAL_BRANCH, unit(OrgUnitKind.PARTY, null));
		branch.assignLevel(OrgLevel.DISTRICT, null);
		assertThat(branch.level()).as("a branch's kind decides its level").isEqualTo(OrgLevel.REGION);
		assertThat(unit(OrgUnitKind.COUNCIL, branch).level()).isNull();
	}

	@ParameterizedTest
	@EnumSource(OrgUnitKind.class)
	void everyKindCanBePlacedSomewhereAndHasANameInEachLanguageAndABadge(OrgUnitKind kind) throws IOException {
		assertThat(kind.mayBeUnder(null) || !kind.parents().isEmpty()).isTrue();
		for (String bundle : new String[] { "organization", "organization_ru", "organization_en" }) {
			assertThat(bundle(bundle).getProperty("organization.kind." + kind.name())).as(bundle).isNotBlank();
		}
		assertThat(Files.readString(Path.of("src/main/resources/static/css/kenes.css")))
			.contains(".badge.kind-" + kind.name() + " {");
	}

	@ParameterizedTest
	@ValueSource(strings = { "organization", "organization_ru", "organization_en" })
	void everyLevelHasAName(String bundle) throws IOException {
		Properties texts = bundle(bundle);
		for (OrgLevel level : OrgLevel.values()) {
			assertThat(texts.getProperty("organization.level." + level.name())).isNotBlank();
		}
	}

	static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = OrgUnitKindTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void theRuleMessagesExistInEachLanguage() throws IOException {
		for (String bundle : new String[] { "organization", "organization_ru", "organization_en" }) {
			Properties texts = bundle(bundle);
			for (String key : new String[] { "organization.unit.parent.wrong", "organization.unit.parent.required",
					"organization.unit.level.wrong", "organization.unit.children.wrong" }) {
				assertThat(texts.getProperty(key)).as(bundle + " " + key).contains("{0}");
			}
		}
		assertThatThrownBy(() -> unit(OrgUnitKind.NGO, unit(OrgUnitKind.AKIMAT, null))).isInstanceOf(RuleViolation.class);
	}
}

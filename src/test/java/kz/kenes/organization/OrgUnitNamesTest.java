package kz.kenes.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.identity.Access;
import kz.kenes.platform.RuleViolation;
import kz.kenes.support.KenesTest;

/** The names a unit had on a day. Rolled back. */
@KenesTest
@Transactional
class OrgUnitNamesTest {

	@Autowired
	OrgUnitNames names;

	@Autowired
	OrgStructure structure;

	@Autowired
	OrgUnits units;

	@Autowired
	Access access;

	long id(String code) {
		return units.findByCode(code).orElseThrow().getId();
	}

	@Test
	void amanatWasNurOtanUntilTheCongressOfMarch2022() {
		long amanat = id("amanat");
		assertThat(names.nameOn(amanat, LocalDate.of(2021, 6, 1)).ru()).isEqualTo("Партия «Нур Отан»");
		assertThat(names.nameOn(amanat, LocalDate.of(2022, 2, 28)).en()).isEqualTo("Nur Otan party");
		assertThat(names.nameOn(amanat, LocalDate.of(2022, 3, 1)).kk()).isEqualTo("«AMANAT» партиясы");
		assertThat(names.nameOn(amanat, LocalDate.of(2024, 11, 15)).ru()).isEqualTo("Партия «AMANAT»");
		assertThat(names.history(amanat)).extracting(OrgUnitNames.NameSpan::validUntil)
			.containsExactly(LocalDate.of(2022, 2, 28), null);
		long branch = id("shymkent-branch");
		Map<Long, LocalizedText> on2021 = names.namesOn(List.of(amanat, branch, -5L), LocalDate.of(2021, 6, 1));
		assertThat(on2021).containsOnlyKeys(amanat, branch);
		assertThat(on2021.get(branch).kk()).isEqualTo("«AMANAT» партиясының Шымкент қалалық филиалы");
	}

	@Test
	void aRenameKeepsTheOldNameUntilTheDayBeforeAndACorrectionKeepsNothing() {
		long baiterek = id("baiterek");
		OrgUnit unit = units.findById(baiterek).orElseThrow();
		LocalizedText old = unit.name();
		LocalizedText renamed = new LocalizedText("«Бәйтерек» жастар қозғалысы", "Молодежное движение «Байтерек»",
				"\"Baiterek\" youth movement");
		access.runAsSystem("test", () -> structure.updateUnit(baiterek, unit.getVersion(), null, OrgUnitKind.NGO,
				null, "baiterek", renamed, LocalDate.of(2024, 9, 1), false));
		assertThat(names.nameOn(baiterek, LocalDate.of(2024, 8, 31))).isEqualTo(old);
		assertThat(names.nameOn(baiterek, LocalDate.of(2024, 9, 1))).isEqualTo(renamed);
		// a spelling fix of the current name: the history follows it, nothing new is recorded
		LocalizedText fixed = new LocalizedText("«Бәйтерек» жастар қозғалысы", "Молодёжное движение «Байтерек»",
				"\"Baiterek\" youth movement");
		OrgUnit now = units.findById(baiterek).orElseThrow();
		access.runAsSystem("test", () -> structure.updateUnit(baiterek, now.getVersion(), null, OrgUnitKind.NGO,
				null, "baiterek", fixed, LocalDate.of(2025, 1, 1), true));
		assertThat(names.history(baiterek)).hasSize(2);
		assertThat(names.nameOn(baiterek, LocalDate.of(2025, 6, 1))).isEqualTo(fixed);
		// a rename dated before the last one is refused, and changes nothing
		OrgUnit latest = units.findById(baiterek).orElseThrow();
		assertThatThrownBy(() -> access.runAsSystem("test", () -> structure.updateUnit(baiterek, latest.getVersion(),
				null, OrgUnitKind.NGO, null, "baiterek", old, LocalDate.of(2024, 1, 1), false)))
			.isInstanceOf(RuleViolation.class).hasMessage("organization.unit.rename.beforeLast");
	}

	@Test
	void aFormerNameMustEndBeforeTheNamesRecorded() {
		long amanat = id("amanat");
		assertThatThrownBy(() -> access.runAsSystem("test", () -> structure.recordFormerName(amanat,
				new LocalizedText("«Отан» партиясы", "Партия «Отан»", "Otan party"), null, LocalDate.of(2023, 1, 1))))
			.isInstanceOf(RuleViolation.class).hasMessage("organization.unit.name.overlap");
		access.runAsSystem("test", () -> structure.recordFormerName(amanat,
				new LocalizedText("«Отан» партиясы", "Партия «Отан»", "Otan party"), null, LocalDate.of(2006, 7, 3)));
		assertThat(names.nameOn(amanat, LocalDate.of(2005, 1, 1)).ru()).isEqualTo("Партия «Отан»");
		assertThat(names.nameOn(amanat, LocalDate.of(2010, 1, 1)).ru()).isEqualTo("Партия «Нур Отан»");
	}
}

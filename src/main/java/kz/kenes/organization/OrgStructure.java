package kz.kenes.organization;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.identity.AuditTrail;

/** Changes to the org tree, each written to the audit trail. */
@Service
public class OrgStructure {

	private final OrgUnits units;
	private final People people;
	private final Positions positions;
	private final AuditTrail audit;

	OrgStructure(OrgUnits units, People people, Positions positions, AuditTrail audit) {
		this.units = units;
		this.people = people;
		this.positions = positions;
		this.audit = audit;
	}

	@Transactional
	public OrgUnit addUnit(Long parentId, OrgUnitKind kind, String code, LocalizedText name) {
		OrgUnit unit = units.save(new OrgUnit(kind, code, name));
		unit.placeUnder(parentId == null ? null : units.findById(parentId)
			.orElseThrow(() -> new IllegalArgumentException("Unknown parent org unit " + parentId)));
		unit = units.save(unit);
		audit.record("OrgUnit", unit.getId(), "CREATE", null, unit, unit.getRegionId());
		return unit;
	}

	@Transactional
	public Person addPerson(String code, LocalizedText fullName) {
		Person person = people.save(new Person(code, fullName));
		audit.record("Person", person.getId(), "CREATE", null, person);
		return person;
	}

	@Transactional
	public PositionHeld appoint(Person person, OrgUnit unit, Post post, LocalizedText title, LocalDate from) {
		PositionHeld position = positions.save(new PositionHeld(person.getId(), unit.getId(), post, title, from));
		audit.record("PositionHeld", position.getId(), "CREATE", null, position, unit.getRegionId());
		return position;
	}
}

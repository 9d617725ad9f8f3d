package kz.kenes.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.identity.Access;
import kz.kenes.identity.AuditTrail;
import kz.kenes.identity.Role;
import kz.kenes.platform.RuleViolation;

/**
 * Changes to the org tree, people and positions. Each is authorized here (so UI and API alike): ADMIN anywhere,
 * SECRETARY within their subtree; root units only by ADMIN. Each is written to the audit trail in its transaction.
 */
@Service
public class OrgStructure {

	/** Dates in messages as the pages write them: 01.03.2022. */
	private static final java.time.format.DateTimeFormatter NUMERIC = java.time.format.DateTimeFormatter
		.ofPattern("dd.MM.yyyy");

	private final OrgUnits units;
	private final People people;
	private final Positions positions;
	private final AuditTrail audit;
	private final Access access;
	private final OrgUnitNames names;
	private final Clock clock;


	OrgStructure(OrgUnits units, People people, Positions positions, AuditTrail audit, Access access,
			OrgUnitNames names, Clock clock) {
		this.clock = clock;
		this.names = names;
		this.units = units;
		this.people = people;
		this.positions = positions;
		this.audit = audit;
		this.access = access;
	}

	/** Whether the current user may change this unit (and add units, people and positions in it). */
	public boolean canEdit(Long unitId) {
		return unitId == null ? access.isAdmin() : access.can(Role.SECRETARY, unitId);
	}

	/** Whether the current user may add or edit people (who are not tied to one unit). */
	public boolean canEditPeople() {
		return access.hasRole(Role.SECRETARY.name());
	}

	@Transactional
	public OrgUnit addUnit(Long parentId, OrgUnitKind kind, String code, LocalizedText name) {
		return addUnit(parentId, kind, null, code, name);
	}

	/** Adds a unit; {@code level} matters for akimats and maslikhats (null: the one that follows from the parent). */
	@Transactional
	public OrgUnit addUnit(Long parentId, OrgUnitKind kind, OrgLevel level, String code, LocalizedText name) {
		requireEdit(parentId);
		OrgUnit parent = parentId == null ? null : unit(parentId);
		requireFreeCode(code, null);
		OrgUnit unit = new OrgUnit(kind, code, name);
		unit.placeUnder(parent);
		unit.assignLevel(level, parent);
		unit = units.save(unit);
		unit.placeUnder(parent);
		unit = units.save(unit);
		audit.record("OrgUnit", unit.getId(), "CREATE", null, unit, unit.getRegionId());
		return unit;
	}

	/** Edits a unit as the user saw it at {@code version}; moving it takes its whole subtree along. */
	@Transactional
	public OrgUnit updateUnit(long id, int version, Long parentId, OrgUnitKind kind, String code,
			LocalizedText name) {
		return updateUnit(id, version, parentId, kind, null, code, name);
	}

	/** Edits a unit; {@code level} null keeps the level it has; a new name is taken today (see below). */
	@Transactional
	public OrgUnit updateUnit(long id, int version, Long parentId, OrgUnitKind kind, OrgLevel level, String code,
			LocalizedText name) {
		return updateUnit(id, version, parentId, kind, level, code, name, LocalDate.now(clock), false);
	}

	/**
	 * Edits a unit. A changed name is a rename on {@code renamedOn} (the old name is kept in the unit's history,
	 * used until the day before), unless {@code nameCorrection} says it only corrects the spelling.
	 */
	@Transactional
	public OrgUnit updateUnit(long id, int version, Long parentId, OrgUnitKind kind, OrgLevel level, String code,
			LocalizedText name, LocalDate renamedOn, boolean nameCorrection) {
		OrgUnit unit = unit(id);
		requireEdit(id);
		requireVersion(unit.getVersion(), version, "OrgUnit", id);
		OrgUnit before = units.findById(id).orElseThrow();
		requireFreeCode(code, id);
		unit.setKind(kind);
		unit.recode(code);
		if (!name.equals(before.name())) {
			recordRename(id, before.name(), name, renamedOn == null ? LocalDate.now(clock) : renamedOn, nameCorrection);
		}
		unit.rename(name);
		boolean moved = !Objects.equals(parentId, unit.getParentId());
		if (moved) {
			requireEdit(parentId);
		}
		Long regionBefore = unit.getRegionId();
		List<OrgUnit> descendants = units.findSubtree(id).stream().filter(u -> !u.getId().equals(id)).toList();
		if (kind != before.getKind()) {
			descendants.stream().filter(d -> Long.valueOf(id).equals(d.getParentId())).map(OrgUnit::getKind)
				.filter(child -> !child.mayBeUnder(kind)).findFirst().ifPresent(child -> {
					throw new RuleViolation("organization.unit.children.wrong",
							new org.springframework.context.support.DefaultMessageSourceResolvable(
									"organization.kind." + kind.name()));
				});
		}
		OrgUnit parent = parentId == null ? null : unit(parentId);
		unit.placeUnder(parent);
		unit.assignLevel(level, parent);
		unit = units.save(unit);
		if (moved || !Objects.equals(regionBefore, unit.getRegionId())) {
			relocate(descendants, unit);
		}
		audit.record("OrgUnit", id, "UPDATE", before, unit, unit.getRegionId());
		return unit;
	}

	private void recordRename(long id, LocalizedText oldName, LocalizedText newName, LocalDate on,
			boolean correction) {
		LocalDate since = names.currentSince(id);
		if (correction || on.equals(since)) {
			names.correctCurrent(id, newName);
			return;
		}
		if (since != null && on.isBefore(since)) {
			throw new RuleViolation("organization.unit.rename.beforeLast", NUMERIC.format(since));
		}
		if (!names.hasHistory(id)) {
			names.insert(id, null, oldName);
		}
		names.insert(id, on, newName);
	}

	/**
	 * Records a name the unit had before the names recorded so far (AMANAT's «Нұр Отан» until 28 February 2022):
	 * used from {@code validFrom} (null: unknown) until {@code validUntil}, the day before the next name was taken.
	 */
	@Transactional
	public void recordFormerName(long unitId, LocalizedText name, LocalDate validFrom, LocalDate validUntil) {
		requireEdit(unitId);
		OrgUnit unit = unit(unitId);
		if (validFrom != null && validFrom.isAfter(validUntil)) {
			throw new RuleViolation("organization.unit.name.dates");
		}
		LocalDate next = validUntil.plusDays(1);
		LocalDate firstDated = names.firstSince(unitId);
		if (firstDated != null && !next.isBefore(firstDated)) {
			throw new RuleViolation("organization.unit.name.overlap", NUMERIC.format(firstDated));
		}
		if (!names.hasHistory(unitId)) {
			names.insert(unitId, next, unit.name());
		}
		else if (names.hasUndatedFirst(unitId)) {
			names.dateFirst(unitId, next);
		}
		names.insert(unitId, validFrom, name);
		audit.record("OrgUnit", unitId, "FORMER_NAME", null,
				new OrgUnitNames.NameSpan(validFrom, validUntil, name), unit.getRegionId());
	}

	@Transactional
	public Person addPerson(String code, LocalizedText fullName) {
		return addPerson(code, fullName, null, null);
	}

	@Transactional
	public Person addPerson(String code, LocalizedText fullName, String email, String phone) {
		requirePeopleEditor();
		if (code != null && people.findByCode(code).isPresent()) {
			throw new RuleViolation("organization.person.code.taken", code);
		}
		Person person = new Person(code, fullName);
		person.contact(email, phone);
		person = people.save(person);
		audit.record("Person", person.getId(), "CREATE", null, person);
		return person;
	}

	@Transactional
	public Person updatePerson(long id, int version, LocalizedText fullName, String email, String phone) {
		requirePeopleEditor();
		Person person = person(id);
		requireEditorOf(person);
		requireVersion(person.getVersion(), version, "Person", id);
		Person before = people.findById(id).orElseThrow();
		person.rename(fullName);
		person.contact(email, phone);
		person = people.save(person);
		audit.record("Person", id, "UPDATE", before, person);
		return person;
	}

	@Transactional
	public PositionHeld appoint(Person person, OrgUnit unit, Post post, LocalizedText title, LocalDate from) {
		return appoint(person.getId(), unit.getId(), post, title, from);
	}

	@Transactional
	public PositionHeld appoint(long personId, long unitId, Post post, LocalizedText title, LocalDate from) {
		requireEdit(unitId);
		OrgUnit unit = unit(unitId);
		person(personId);
		if (!post.fitsIn(unit.getKind())) {
			throw new RuleViolation("organization.position.wrongUnit",
					new org.springframework.context.support.DefaultMessageSourceResolvable("organization.post." + post.name()),
					new org.springframework.context.support.DefaultMessageSourceResolvable(
							"organization.kind." + unit.getKind().name()));
		}
		if (post.needsOwnTitle() && (title == null || blank(title.kk()) || blank(title.ru()))) {
			throw new RuleViolation("organization.position.titleRequired");
		}
		boolean alreadyHeld = positions.findByOrgUnitId(unitId).stream()
			.anyMatch(p -> p.getPersonId() == personId && p.getPost() == post && p.getEndDate() == null);
		if (alreadyHeld) {
			throw new RuleViolation("organization.position.duplicate");
		}
		PositionHeld position = positions.save(new PositionHeld(personId, unitId, post, title, from));
		audit.record("PositionHeld", position.getId(), "CREATE", null, position, unit.getRegionId());
		return position;
	}

	@Transactional
	public PositionHeld endPosition(long positionId, int version, LocalDate on) {
		PositionHeld position = positions.findById(positionId)
			.orElseThrow(() -> new NoSuchElementException("No position " + positionId));
		requireEdit(position.getOrgUnitId());
		requireVersion(position.getVersion(), version, "PositionHeld", positionId);
		PositionHeld before = positions.findById(positionId).orElseThrow();
		position.end(on);
		position = positions.save(position);
		audit.record("PositionHeld", positionId, "END", before, position, unit(position.getOrgUnitId()).getRegionId());
		return position;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** The unit a position belongs to. */
	public long positionUnit(long positionId) {
		return positions.findById(positionId).map(PositionHeld::getOrgUnitId)
			.orElseThrow(() -> new NoSuchElementException("No position " + positionId));
	}

	/** Re-derives path and region of every descendant from the moved unit down. */
	private void relocate(List<OrgUnit> descendants, OrgUnit moved) {
		Map<Long, List<OrgUnit>> byParent = descendants.stream().collect(Collectors.groupingBy(OrgUnit::getParentId));
		Deque<OrgUnit> todo = new ArrayDeque<>(List.of(moved));
		while (!todo.isEmpty()) {
			OrgUnit parent = todo.pop();
			for (OrgUnit child : byParent.getOrDefault(parent.getId(), List.of())) {
				child.placeUnder(parent);
				todo.push(units.save(child));
			}
		}
	}

	private OrgUnit unit(long id) {
		return units.findById(id).orElseThrow(() -> new NoSuchElementException("No org unit " + id));
	}

	private Person person(long id) {
		return people.findById(id).orElseThrow(() -> new NoSuchElementException("No person " + id));
	}

	private void requireFreeCode(String code, Long ownId) {
		if (code != null && units.findByCode(code).filter(u -> !u.getId().equals(ownId)).isPresent()) {
			throw new RuleViolation("organization.unit.code.taken", code);
		}
	}

	private void requireEdit(Long unitId) {
		if (!canEdit(unitId)) {
			throw new AccessDeniedException("Requires SECRETARY in org unit " + unitId);
		}
	}

	/**
	 * Someone who holds a post is kept by the secretaries of a unit they hold it in (a secretary of another branch
	 * must not rename or re-address them); someone without a current post by any secretary.
	 */
	private void requireEditorOf(Person person) {
		LocalDate today = LocalDate.now(clock);
		List<Long> units = positions.findByPersonId(person.getId()).stream().filter(p -> p.isCurrentOn(today))
			.map(PositionHeld::getOrgUnitId).toList();
		if (!units.isEmpty() && units.stream().noneMatch(unit -> access.can(Role.SECRETARY, unit))) {
			throw new AccessDeniedException("Requires SECRETARY in a unit where person " + person.getId() + " holds a post");
		}
	}

	private void requirePeopleEditor() {
		if (!canEditPeople()) {
			throw new AccessDeniedException("Requires SECRETARY or ADMIN");
		}
	}

	private static void requireVersion(Integer current, int seen, String type, long id) {
		if (current == null || current != seen) {
			throw new OptimisticLockingFailureException(type + " " + id + " changed since version " + seen);
		}
	}
}

package kz.kenes.roadmap;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.identity.Access;
import kz.kenes.identity.AuditTrail;
import kz.kenes.organization.OrgUnits;
import kz.kenes.platform.RuleViolation;

/**
 * The centre (ADMIN) keeps programs: creates, edits and retires them (state completed or superseded), and keeps
 * their tasks (міндет) and the directions (one dictionary for all programs) in order. Every change is checked
 * against the version the user saw and written to the audit trail in the same transaction.
 */
@Service
public class ProgramAdministration {

	private final Programs programs;
	private final ProgramTasks tasks;
	private final Directions directions;
	private final OrgUnits units;
	private final Access access;
	private final AuditTrail audit;
	private final JdbcClient jdbc;

	ProgramAdministration(Programs programs, ProgramTasks tasks, Directions directions, OrgUnits units, Access access,
			AuditTrail audit, JdbcClient jdbc) {
		this.programs = programs;
		this.tasks = tasks;
		this.directions = directions;
		this.units = units;
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/** Whether the current user keeps programs (ADMIN). */
	public boolean canAdminister() {
		return access.isAdmin();
	}

	/** A program as the audit trail records it. */
	public record ProgramSnapshot(String code, LocalizedText name, long ownerUnitId, int firstYear, int lastYear,
			ProgramState state) {

		static ProgramSnapshot of(Program p) {
			return new ProgramSnapshot(p.getCode(), p.name(), p.getOwnerUnitId(), p.getFirstYear(), p.getLastYear(),
					p.getState());
		}
	}

	@Transactional
	public Program create(ProgramDetails details) {
		requireAdmin();
		String code = details.code() == null || details.code().isBlank()
				? "program-" + UUID.randomUUID().toString().substring(0, 8)
				: details.code().trim().toLowerCase(Locale.ROOT);
		if (!code.matches("[a-z0-9][a-z0-9-]{0,79}")) {
			throw new RuleViolation("roadmap.error.program.code");
		}
		if (programs.findByCode(code).isPresent()) {
			throw new RuleViolation("roadmap.error.program.codeTaken", code);
		}
		Program program = new Program(code, details.name(), owner(details), year(details.firstYear()),
				year(details.lastYear()));
		program.describe(details.name(), owner(details), year(details.firstYear()), year(details.lastYear()),
				details.state());
		program = programs.save(program);
		audit.record("Program", program.getId(), "CREATE", null, ProgramSnapshot.of(program), null);
		return program;
	}

	/**
	 * Changes a program. Its years may not leave out a year that a target of one of its roadmaps is planned for.
	 */
	@Transactional
	public Program change(long programId, int expectedVersion, ProgramDetails details) {
		requireAdmin();
		Program program = program(programId);
		requireVersion(program.getVersion(), expectedVersion);
		ProgramSnapshot before = ProgramSnapshot.of(program);
		int first = year(details.firstYear());
		int last = year(details.lastYear());
		program.describe(details.name(), owner(details), first, last, details.state());
		Integer outside = jdbc.sql("""
				SELECT min(t.year) FROM indicator_target t JOIN indicator ind ON ind.id = t.indicator
				JOIN roadmap_item i ON i.id = ind.roadmap_item JOIN roadmap r ON r.id = i.roadmap_id
				WHERE r.program_id = :program AND (t.year < :first OR t.year > :last)""")
			.param("program", programId).param("first", first).param("last", last).query(Integer.class).optional()
			.orElse(null);
		if (outside != null) {
			throw new RuleViolation("roadmap.error.program.targetsOutside", String.valueOf(outside));
		}
		program = programs.save(program);
		audit.record("Program", program.getId(), "UPDATE", before, ProgramSnapshot.of(program), null);
		return program;
	}

	@Transactional
	public ProgramTask addTask(long programId, Integer number, LocalizedText name) {
		requireAdmin();
		Program program = program(programId);
		int next = number != null ? number
				: tasks.findByProgramIdOrderByNumber(programId).stream().mapToInt(ProgramTask::getNumber).max()
					.orElse(0) + 1;
		requireFreeNumber(programId, next, null);
		ProgramTask task = tasks.save(new ProgramTask(program.getId(), next, name));
		audit.record("ProgramTask", task.getId(), "CREATE", null, TaskSnapshot.of(task), null);
		return task;
	}

	@Transactional
	public ProgramTask changeTask(long taskId, Integer number, LocalizedText name) {
		requireAdmin();
		if (number == null) {
			throw new RuleViolation("roadmap.error.task.number");
		}
		ProgramTask task = task(taskId);
		TaskSnapshot before = TaskSnapshot.of(task);
		requireFreeNumber(task.getProgramId(), number, taskId);
		task.change(number, name);
		task = tasks.save(task);
		audit.record("ProgramTask", task.getId(), "UPDATE", before, TaskSnapshot.of(task), null);
		return task;
	}

	/** Moves a task one place up or down by swapping numbers with its neighbour. */
	@Transactional
	public void moveTask(long taskId, boolean up) {
		requireAdmin();
		ProgramTask task = task(taskId);
		List<ProgramTask> all = tasks.findByProgramIdOrderByNumber(task.getProgramId());
		int at = all.stream().map(ProgramTask::getId).toList().indexOf(task.getId());
		int other = up ? at - 1 : at + 1;
		if (other < 0 || other >= all.size()) {
			return;
		}
		ProgramTask neighbour = all.get(other);
		// (program_id, number) is unique row by row: park one number aside while swapping
		jdbc.sql("UPDATE program_task SET number = -number WHERE id = ?").param(task.getId()).update();
		jdbc.sql("UPDATE program_task SET number = ? WHERE id = ?").param(task.getNumber())
			.param(neighbour.getId()).update();
		jdbc.sql("UPDATE program_task SET number = ? WHERE id = ?").param(neighbour.getNumber())
			.param(task.getId()).update();
		audit.record("ProgramTask", task.getId(), up ? "MOVE_UP" : "MOVE_DOWN", task.getNumber(),
				neighbour.getNumber(), null);
	}

	/** Deletes a task that no roadmap item uses. */
	@Transactional
	public void removeTask(long taskId) {
		requireAdmin();
		ProgramTask task = task(taskId);
		long used = jdbc.sql("SELECT count(*) FROM roadmap_item WHERE task_id = ?").param(taskId).query(Long.class)
			.single();
		if (used > 0) {
			throw new RuleViolation("roadmap.error.task.inUse", String.valueOf(task.getNumber()),
					String.valueOf(used));
		}
		tasks.delete(task);
		audit.record("ProgramTask", taskId, "DELETE", TaskSnapshot.of(task), null, null);
	}

	@Transactional
	public Direction addDirection(String code, LocalizedText name) {
		requireAdmin();
		String safeCode = code == null || code.isBlank() ? "direction-" + UUID.randomUUID().toString().substring(0, 8)
				: code.trim().toLowerCase(Locale.ROOT);
		if (!safeCode.matches("[a-z0-9][a-z0-9-]{0,39}")) {
			throw new RuleViolation("roadmap.error.direction.code");
		}
		if (directions.findByCode(safeCode).isPresent()) {
			throw new RuleViolation("roadmap.error.direction.codeTaken", safeCode);
		}
		int next = directions.findAllByOrderBySortOrder().stream().mapToInt(Direction::getSortOrder).max().orElse(0)
				+ 1;
		Direction direction = new Direction(safeCode, name, next);
		direction.change(name, next);
		direction = directions.save(direction);
		audit.record("Direction", direction.getId(), "CREATE", null, direction.name(), null);
		return direction;
	}

	@Transactional
	public Direction renameDirection(long directionId, LocalizedText name) {
		requireAdmin();
		Direction direction = directions.findById(directionId)
			.orElseThrow(() -> new NoSuchElementException("direction " + directionId));
		LocalizedText before = direction.name();
		direction.change(name, direction.getSortOrder());
		direction = directions.save(direction);
		audit.record("Direction", direction.getId(), "UPDATE", before, direction.name(), null);
		return direction;
	}

	/** Moves a direction one place up or down in every list. */
	@Transactional
	public void moveDirection(long directionId, boolean up) {
		requireAdmin();
		List<Direction> all = directions.findAllByOrderBySortOrder();
		int at = all.stream().map(Direction::getId).toList().indexOf(directionId);
		if (at < 0) {
			throw new NoSuchElementException("direction " + directionId);
		}
		int other = up ? at - 1 : at + 1;
		if (other < 0 || other >= all.size()) {
			return;
		}
		// renumber the whole (short) list so that equal sort orders cannot make the move a no-op
		java.util.Collections.swap(all, at, other);
		for (int i = 0; i < all.size(); i++) {
			Direction d = all.get(i);
			d.change(d.name(), i + 1);
		}
		directions.saveAll(all);
		audit.record("Direction", directionId, up ? "MOVE_UP" : "MOVE_DOWN", at + 1, other + 1, null);
	}

	/** A task as the audit trail records it. */
	public record TaskSnapshot(long programId, int number, LocalizedText name) {

		static TaskSnapshot of(ProgramTask t) {
			return new TaskSnapshot(t.getProgramId(), t.getNumber(), t.name());
		}
	}

	private void requireAdmin() {
		if (!access.isAdmin()) {
			throw new AccessDeniedException("Programs are kept by ADMIN");
		}
	}

	private void requireFreeNumber(long programId, int number, Long exceptTaskId) {
		tasks.findByProgramIdAndNumber(programId, number).filter(t -> !t.getId().equals(exceptTaskId))
			.ifPresent(t -> {
				throw new RuleViolation("roadmap.error.task.numberTaken", String.valueOf(number));
			});
	}

	private long owner(ProgramDetails details) {
		if (details.ownerUnitId() == null || !units.existsById(details.ownerUnitId())) {
			throw new RuleViolation("roadmap.error.program.owner");
		}
		return details.ownerUnitId();
	}

	private static int year(Integer year) {
		if (year == null) {
			throw new RuleViolation("roadmap.error.program.years");
		}
		return year;
	}

	private Program program(long id) {
		return programs.findById(id).orElseThrow(() -> new NoSuchElementException("program " + id));
	}

	private ProgramTask task(long id) {
		return tasks.findById(id).orElseThrow(() -> new NoSuchElementException("task " + id));
	}

	private static void requireVersion(Integer actual, int expected) {
		if (actual == null || actual != expected) {
			throw new OptimisticLockingFailureException("Changed by someone else: version " + actual + ", form had "
					+ expected);
		}
	}
}

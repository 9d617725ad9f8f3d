package kz.kenes.reporting;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import kz.kenes.i18n.Language;
import kz.kenes.identity.KenesUser;
import kz.kenes.identity.Role;
import kz.kenes.identity.RoleGrant;

/**
 * Its own org units, program, roadmap and items for a test (roadmap rows written with SQL, so reporting tests do not
 * depend on the demo data): a branch with two executor departments A and B and two directions.
 */
class ReportingFixture {

	final JdbcClient jdbc;
	final String tag = UUID.randomUUID().toString().substring(0, 8);
	final long branch;
	final long otherBranch;
	final long deptA;
	final long deptB;
	final long program;
	final long task1;
	final long task2;
	final long directionCulture;
	final long directionYouth;
	final long roadmap;

	ReportingFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
		branch = unit("CITY_BRANCH", null, "branch");
		otherBranch = unit("CITY_BRANCH", null, "other-branch");
		long akimat = unit("AKIMAT", null, "akimat");
		deptA = unit("DEPARTMENT", akimat, "dept-a");
		deptB = unit("DEPARTMENT", akimat, "dept-b");
		program = jdbc.sql("""
				INSERT INTO program (code, name_kk, name_ru, name_en, owner_unit_id, first_year, last_year)
				VALUES (:code, 'Бағдарлама', 'Программа', 'Program', :owner, 2023, 2027) RETURNING id""")
			.param("code", "p-" + tag).param("owner", branch).query(Long.class).single();
		task1 = task(1);
		task2 = task(2);
		directionCulture = direction("culture");
		directionYouth = direction("youth");
		roadmap = jdbc.sql("""
				INSERT INTO roadmap (program_id, branch_id, region_id, status) VALUES (?, ?, ?, 'APPROVED') RETURNING id""")
			.params(program, branch, branch).query(Long.class).single();
	}

	private long unit(String kind, Long parent, String code) {
		String path = parent == null ? "/" : "/" + parent + "/";
		long id = jdbc.sql("""
				INSERT INTO org_unit (parent_id, kind, code, name_kk, name_ru, name_en, path)
				VALUES (:parent, :kind, :code, :name, :name, :name, :path) RETURNING id""")
			.param("parent", parent).param("kind", kind).param("code", code + "-" + tag)
			.param("name", code + " " + tag).param("path", path).query(Long.class).single();
		jdbc.sql("UPDATE org_unit SET region_id = COALESCE(:parent, :id) WHERE id = :id").param("parent", parent)
			.param("id", id).update();
		return id;
	}

	private long task(int number) {
		return jdbc.sql("""
				INSERT INTO program_task (program_id, number, name_kk, name_ru, name_en)
				VALUES (?, ?, 'Міндет', 'Задача', 'Task') RETURNING id""").params(program, number).query(Long.class)
			.single();
	}

	private long direction(String code) {
		return jdbc.sql("""
				INSERT INTO direction (code, name_kk, name_ru, name_en) VALUES (?, ?, ?, ?) RETURNING id""")
			.params(code + "-" + tag, code, code, code).query(Long.class).single();
	}

	/**
	 * Deletes everything the fixture made, for tests that commit (e.g. many threads at once, which no test
	 * transaction can span), so that the shared database holds only the demo roadmap again.
	 */
	void remove() {
		jdbc.sql("DELETE FROM period_report WHERE roadmap_item IN (SELECT id FROM roadmap_item WHERE roadmap_id = ?)")
			.param(roadmap).update();
		jdbc.sql("DELETE FROM roadmap_item WHERE roadmap_id = ?").param(roadmap).update();
		jdbc.sql("DELETE FROM roadmap WHERE id = ?").param(roadmap).update();
		jdbc.sql("DELETE FROM program WHERE id = ?").param(program).update();
		jdbc.sql("DELETE FROM direction WHERE id IN (?, ?)").params(directionCulture, directionYouth).update();
		jdbc.sql("DELETE FROM org_unit WHERE code LIKE ? AND parent_id IS NOT NULL").param("%-" + tag).update();
		jdbc.sql("DELETE FROM org_unit WHERE code LIKE ?").param("%-" + tag).update();
	}

	/** An item with a lead (and optionally a co-executor), recurring annually until 2027. */
	long item(String number, long direction, long task, long lead, Long coExecutor) {
		long id = jdbc.sql("""
				INSERT INTO roadmap_item (roadmap_id, region_id, number, sort_key, name_kk, name_ru, name_en,
				    completion_form, task_id, direction_id, deadline_kind, deadline_end_year)
				VALUES (:roadmap, :region, :number, :sort, :name, :name, :name, 'EVENT', :task, :direction,
				    'ANNUALLY', 2027) RETURNING id""")
			.param("roadmap", roadmap).param("region", branch).param("number", number)
			.param("sort", Integer.parseInt(number.split("\\.")[0]) * 10_000).param("name", "Іс-шара " + number)
			.param("task", task).param("direction", direction).query(Long.class).single();
		jdbc.sql("INSERT INTO roadmap_item_executor (roadmap_item, org_unit_id, lead) VALUES (?, ?, TRUE)")
			.params(id, lead).update();
		if (coExecutor != null) {
			jdbc.sql("INSERT INTO roadmap_item_executor (roadmap_item, org_unit_id, lead) VALUES (?, ?, FALSE)")
				.params(id, coExecutor).update();
		}
		return id;
	}

	long indicator(long item, String unit) {
		return jdbc.sql("""
				INSERT INTO indicator (roadmap_item, region_id, name_kk, name_ru, name_en, unit)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(item, branch, unit, unit, unit, unit).query(Long.class).single();
	}

	void target(long indicator, int year, int planned) {
		jdbc.sql("""
				INSERT INTO indicator_target (indicator, year, planned, original_planned) VALUES (?, ?, ?, ?)""")
			.params(indicator, year, BigDecimal.valueOf(planned), BigDecimal.valueOf(planned)).update();
	}

	static KenesUser reporter(long unit) {
		return user("reporter-" + unit, Role.REPORTER, unit);
	}

	static KenesUser secretary(long unit) {
		return user("secretary-" + unit, Role.SECRETARY, unit);
	}

	static KenesUser member(long unit) {
		return user("member-" + unit, Role.MEMBER, unit);
	}

	static KenesUser user(String name, Role role, long unit) {
		return new KenesUser(-1, name, "n/a", name, null, Language.KK, true, Set.of(new RoleGrant(role, unit)));
	}

	static <T> T as(KenesUser user, Callable<T> work) {
		SecurityContextHolder.getContext().setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.call();
		}
		catch (RuntimeException e) {
			throw e;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static void run(KenesUser user, Runnable work) {
		as(user, () -> {
			work.run();
			return null;
		});
	}
}

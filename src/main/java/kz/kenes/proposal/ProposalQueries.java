package kz.kenes.proposal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.identity.Access;
import kz.kenes.identity.Role;

/** Read models of proposals, each list in one round trip (names joined in, no per-row lookups). */
@Component
public class ProposalQueries {

	private static final String SELECT = """
			SELECT p.*, d.name_kk AS dir_kk, d.name_ru AS dir_ru, d.name_en AS dir_en,
			       a.name_kk AS adr_kk, a.name_ru AS adr_ru, a.name_en AS adr_en,
			       e.name_kk AS exe_kk, e.name_ru AS exe_ru, e.name_en AS exe_en,
			       r.full_name_kk AS by_kk, r.full_name_ru AS by_ru, r.full_name_en AS by_en,
			       i.number AS item_number
			FROM proposal p
			JOIN org_unit a ON a.id = p.addressee_id
			LEFT JOIN direction d ON d.id = p.direction_id
			LEFT JOIN org_unit e ON e.id = p.executor_id
			LEFT JOIN person r ON r.id = p.raised_by_person
			LEFT JOIN roadmap_item i ON i.id = p.roadmap_item_id
			""";

	/** Units in the subtree of any unit the user holds one of the roles in. */
	private static final String IN_SCOPE = """
			EXISTS (SELECT 1 FROM org_unit g WHERE g.id IN (:units)
			        AND (u.id = g.id OR u.path LIKE g.path || g.id || '/%'))""";

	private final JdbcClient jdbc;
	private final Access access;

	ProposalQueries(JdbcClient jdbc, Access access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/** Answered proposals, newest answer first, without anything personal about citizens. */
	public List<ProposalView> publicList(int limit, int offset) {
		return jdbc.sql(SELECT + " WHERE p.status IN ('ACCEPTED','REJECTED','IMPLEMENTED')"
				+ " ORDER BY p.answered_on DESC, p.id DESC LIMIT :limit OFFSET :offset")
			.param("limit", limit).param("offset", offset)
			.query(this::publicRow).list();
	}

	public Optional<ProposalView> publicView(long id) {
		return one(id).filter(p -> p.status().answered()).map(ProposalView::withoutContact);
	}

	/** What the proposer sees with their tracking code, at any status (their own contact data is not echoed). */
	public Optional<ProposalView> byTrackingCode(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + " WHERE p.tracking_code = :code").param("code", code.strip().toUpperCase())
			.query(this::publicRow).optional();
	}

	/** The staff page of a proposal: for the addressee's secretary and members, and the executor's reporters. */
	public ProposalView staffView(long id) {
		ProposalView view = one(id).orElseThrow(() -> new java.util.NoSuchElementException("proposal " + id));
		boolean allowed = access.canAny(view.addresseeId(), Role.SECRETARY, Role.MEMBER)
				|| (view.executorId() != null && access.can(Role.REPORTER, view.executorId()));
		if (!allowed) {
			throw new AccessDeniedException("proposal " + id);
		}
		return contactForModerators(view);
	}

	/**
	 * The proposer's contact data is for the moderators of the addressee (its secretaries, and administrators) only;
	 * members and the executor's reporters read the proposal without it.
	 */
	private ProposalView contactForModerators(ProposalView view) {
		return access.can(Role.SECRETARY, view.addresseeId()) ? view : view.withoutContact();
	}

	/**
	 * Proposals the current user works with: addressed to a unit where they are secretary or member, or assigned to
	 * a unit where they report. Optionally one status only.
	 */
	public List<ProposalView> staffList(ProposalStatus status, int limit) {
		List<Long> councilUnits = new java.util.ArrayList<>(access.unitsWith(Role.SECRETARY));
		councilUnits.addAll(access.unitsWith(Role.MEMBER));
		List<Long> executorUnits = access.unitsWith(Role.REPORTER);
		boolean admin = access.isAdmin();
		if (!admin && councilUnits.isEmpty() && executorUnits.isEmpty()) {
			return List.of();
		}
		java.util.Map<Long, Boolean> moderated = new java.util.HashMap<>();
		String where = admin ? "TRUE" : "(" + scope("p.addressee_id", "councils") + " OR " + scope("p.executor_id", "executors") + ")";
		return jdbc.sql(SELECT + " WHERE " + where + (status == null ? "" : " AND p.status = :status")
				+ " ORDER BY p.received_on DESC, p.id DESC LIMIT :limit")
			.param("councils", councilUnits.isEmpty() ? List.of(-1L) : councilUnits)
			.param("executors", executorUnits.isEmpty() ? List.of(-1L) : executorUnits)
			.param("status", status == null ? "" : status.name())
			.param("limit", limit)
			.query(this::staffRow).list().stream()
			.map(p -> moderated.computeIfAbsent(p.addresseeId(), a -> access.can(Role.SECRETARY, a)) ? p
					: p.withoutContact())
			.toList();
	}

	/** Proposals addressed to a unit from one source (no access check: for code that checked access itself). */
	public List<ProposalView> staffListOfAddressee(long addresseeId, ProposalSource source) {
		return jdbc.sql(SELECT + " WHERE p.addressee_id = :unit AND p.source = :source ORDER BY p.id LIMIT 1000")
			.param("unit", addresseeId).param("source", source.name()).query(this::staffRow).list();
	}

	/** Proposals raised at a meeting, in the order they were raised (for its page and protocol). */
	public List<ProposalView> byMeeting(long meetingId) {
		return jdbc.sql(SELECT + " WHERE p.meeting_id = :meeting ORDER BY p.id").param("meeting", meetingId)
			.query(this::publicRow).list();
	}

	/** The proposals an item of the roadmap came from (the link from the item back to its proposal). */
	public List<ProposalView> byRoadmapItem(long roadmapItemId) {
		return jdbc.sql(SELECT + " WHERE p.roadmap_item_id = :item ORDER BY p.id").param("item", roadmapItemId)
			.query(this::publicRow).list();
	}

	public Optional<ProposalView> one(long id) {
		return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(this::staffRow).optional();
	}

	private static String scope(String column, String param) {
		return "EXISTS (SELECT 1 FROM org_unit u WHERE u.id = " + column + " AND "
				+ IN_SCOPE.replace(":units", ":" + param) + ")";
	}

	private ProposalView publicRow(ResultSet rs, int row) throws SQLException {
		return staffRow(rs, row).withoutContact();
	}

	private ProposalView staffRow(ResultSet rs, int row) throws SQLException {
		return new ProposalView(rs.getLong("id"), ProposalSource.valueOf(rs.getString("source")),
				ProposalStatus.valueOf(rs.getString("status")), rs.getString("text"), rs.getString("text_language"),
				rs.getObject("direction_id", Long.class), text(rs, "dir"), rs.getLong("addressee_id"),
				text(rs, "adr"), rs.getObject("meeting_id", Long.class), rs.getObject("raised_by_person", Long.class),
				text(rs, "by"), rs.getString("citizen_name"), rs.getString("contact_email"),
				rs.getString("contact_phone"), rs.getObject("contacts_erased_on", java.time.LocalDate.class),
				rs.getObject("received_on", java.time.LocalDate.class),
				rs.getObject("executor_id", Long.class), text(rs, "exe"),
				rs.getObject("due_date", java.time.LocalDate.class), rs.getString("answer"),
				rs.getString("rejection_reason"), rs.getObject("answered_on", java.time.LocalDate.class),
				rs.getString("implementation_note"), rs.getObject("implemented_on", java.time.LocalDate.class),
				rs.getObject("decision_id", Long.class), rs.getObject("roadmap_item_id", Long.class),
				rs.getString("item_number"), rs.getBoolean("is_example"), rs.getInt("version"),
				rs.getString("contact_telegram"),
				rs.getString("channel") == null ? null : AppealChannel.valueOf(rs.getString("channel")));
	}

	private static LocalizedText text(ResultSet rs, String prefix) throws SQLException {
		String kk = rs.getString(prefix + "_kk");
		return kk == null ? null : new LocalizedText(kk, rs.getString(prefix + "_ru"), rs.getString(prefix + "_en"));
	}
}

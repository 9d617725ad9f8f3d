package kz.kenes.roadmap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.identity.Access;
import kz.kenes.identity.AuditTrail;
import kz.kenes.platform.RuleViolation;

/**
 * Party projects and the items that carry them. ADMIN keeps the list of projects; the roadmap's editors (SECRETARY
 * of its branch, ADMIN) choose an item's projects together with the item, in one transaction with its audit row.
 */
@Service
public class ProjectRegistry {

	private final PartyProjects projects;
	private final RoadmapPlanning planning;
	private final RoadmapItems items;
	private final Access access;
	private final AuditTrail audit;
	private final JdbcClient jdbc;

	ProjectRegistry(PartyProjects projects, RoadmapPlanning planning, RoadmapItems items, Access access,
			AuditTrail audit, JdbcClient jdbc) {
		this.projects = projects;
		this.planning = planning;
		this.items = items;
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/** Every project, by code (a few dozen at most). */
	@Transactional(readOnly = true)
	public List<ProjectView> projects() {
		return projects.findAllByOrderByCode().stream().map(ProjectView::of).toList();
	}

	@Transactional(readOnly = true)
	public Optional<ProjectView> project(long id) {
		return projects.findById(id).map(ProjectView::of);
	}

	@Transactional
	public ProjectView create(String code, LocalizedText name) {
		requireAdmin();
		PartyProject project = new PartyProject(code, name);
		requireFreeCode(project.getCode(), null);
		project = projects.save(project);
		audit.record("PartyProject", project.getId(), "CREATE", null, ProjectView.of(project));
		return ProjectView.of(project);
	}

	@Transactional
	public ProjectView change(long id, Integer expectedVersion, String code, LocalizedText name) {
		requireAdmin();
		PartyProject project = projects.findById(id).orElseThrow(() -> new NoSuchElementException("project " + id));
		if (expectedVersion == null) {
			throw new RuleViolation("roadmap.error.project.version");
		}
		if (!expectedVersion.equals(project.getVersion())) {
			throw new OptimisticLockingFailureException("Changed by someone else: version " + project.getVersion());
		}
		ProjectView before = ProjectView.of(project);
		project.change(code, name);
		requireFreeCode(project.getCode(), id);
		project = projects.save(project);
		audit.record("PartyProject", id, "UPDATE", before, ProjectView.of(project));
		return ProjectView.of(project);
	}

	/** The ids of an item's projects, in id order. */
	@Transactional(readOnly = true)
	public List<Long> projectIdsOf(long itemId) {
		return jdbc.sql("SELECT project_id FROM roadmap_item_project WHERE roadmap_item = :item ORDER BY 1")
			.param("item", itemId).query(Long.class).list();
	}

	/** The projects of an item, by code. */
	@Transactional(readOnly = true)
	public List<ProjectView> projectsOf(long itemId) {
		return jdbc.sql("""
				SELECT p.id, p.code, p.name_kk, p.name_ru, p.name_en, p.version
				  FROM roadmap_item_project ip JOIN party_project p ON p.id = ip.project_id
				 WHERE ip.roadmap_item = :item ORDER BY p.code""")
			.param("item", itemId)
			.query((rs, n) -> new ProjectView(rs.getLong("id"), rs.getString("code"),
					new LocalizedText(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en")),
					rs.getInt("version")))
			.list();
	}

	/** Creates an item with its projects (null or empty: none), all or nothing. */
	@Transactional
	public RoadmapItem addItem(long roadmapId, ItemDetails details, Collection<Long> projectIds) {
		Set<Long> wanted = known(projectIds);
		RoadmapItem item = planning.addItem(roadmapId, details);
		link(item, wanted);
		return item;
	}

	/** Changes an item and, unless {@code projectIds} is null, replaces its projects, all or nothing. */
	@Transactional
	public RoadmapItem changeItem(long itemId, int expectedVersion, ItemDetails details,
			Collection<Long> projectIds) {
		Set<Long> wanted = projectIds == null ? null : known(projectIds);
		RoadmapItem item = planning.changeItem(itemId, expectedVersion, details);
		if (wanted != null) {
			link(item, wanted);
		}
		return item;
	}

	/** Replaces an item's projects (for the roadmap's editors: SECRETARY of its branch, ADMIN). */
	@Transactional
	public void assign(long itemId, Collection<Long> projectIds) {
		Set<Long> wanted = known(projectIds);
		RoadmapItem item = items.findById(itemId).orElseThrow(() -> new NoSuchElementException("item " + itemId));
		planning.editableRoadmap(item.getRoadmapId());
		link(item, wanted);
	}

	private void link(RoadmapItem item, Set<Long> wanted) {
		List<Long> before = projectIdsOf(item.getId());
		if (before.equals(new ArrayList<>(new java.util.TreeSet<>(wanted)))) {
			return;
		}
		jdbc.sql("DELETE FROM roadmap_item_project WHERE roadmap_item = :item AND NOT (project_id = ANY(:ids))")
			.param("item", item.getId()).param("ids", wanted.toArray(Long[]::new)).update();
		jdbc.sql("""
				INSERT INTO roadmap_item_project (roadmap_item, project_id, region_id)
				SELECT :item, unnest(CAST(:ids AS BIGINT[])), :region ON CONFLICT DO NOTHING""")
			.param("item", item.getId()).param("ids", wanted.toArray(Long[]::new))
			.param("region", item.getRegionId()).update();
		audit.record("RoadmapItem", item.getId(), "PROJECTS", Map.of("projectIds", before),
				Map.of("projectIds", projectIdsOf(item.getId())), item.getRegionId());
	}

	/** The given ids, each an existing project; an unknown one is refused with its number. */
	private Set<Long> known(Collection<Long> projectIds) {
		Set<Long> wanted = new LinkedHashSet<>();
		if (projectIds != null) {
			projectIds.stream().filter(java.util.Objects::nonNull).forEach(wanted::add);
		}
		if (wanted.isEmpty()) {
			return wanted;
		}
		Set<Long> found = new LinkedHashSet<>(jdbc.sql("SELECT id FROM party_project WHERE id = ANY(:ids)")
			.param("ids", wanted.toArray(Long[]::new)).query(Long.class).list());
		for (Long id : wanted) {
			if (!found.contains(id)) {
				throw new RuleViolation("roadmap.error.project.unknown", String.valueOf(id));
			}
		}
		return wanted;
	}

	private void requireFreeCode(String code, Long self) {
		projects.findByCode(code).filter(other -> !other.getId().equals(self)).ifPresent(other -> {
			throw new RuleViolation("roadmap.error.project.codeTaken", code);
		});
	}

	private void requireAdmin() {
		if (!access.isAdmin()) {
			throw new AccessDeniedException("Party projects are kept by ADMIN");
		}
	}

	/** Projects of many items at once, for lists (one query). */
	@Transactional(readOnly = true)
	public Map<Long, List<Long>> projectIdsOf(Collection<Long> itemIds) {
		Map<Long, List<Long>> byItem = new LinkedHashMap<>();
		if (itemIds.isEmpty()) {
			return byItem;
		}
		jdbc.sql("SELECT roadmap_item, project_id FROM roadmap_item_project WHERE roadmap_item = ANY(:ids) ORDER BY 1, 2")
			.param("ids", itemIds.toArray(Long[]::new))
			.query(rs -> {
				byItem.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
			});
		return byItem;
	}
}

package kz.kenes.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Authorization by role and org unit. A role held in a unit covers its whole subtree; ADMIN covers everything.
 * Use it in {@code @PreAuthorize("@access.can('SECRETARY', #unitId)")} or call {@link #require} in code.
 */
@Component("access")
public class Access {

	private final JdbcClient jdbc;

	Access(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Runs work as a system actor holding ADMIN (demo data, scheduled jobs); the audit trail names the actor.
	 * Restores the previous authentication afterwards.
	 */
	public void runAsSystem(String actor, Runnable work) {
		var context = SecurityContextHolder.getContext();
		Authentication previous = context.getAuthentication();
		KenesUser system = new KenesUser(0, actor, "", actor, null, kz.kenes.i18n.Language.DEFAULT, true,
				Set.of(new RoleGrant(Role.ADMIN, 0)));
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null,
				system.getAuthorities()));
		try {
			work.run();
		}
		finally {
			context.setAuthentication(previous);
		}
	}

	public Optional<KenesUser> currentUser() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof KenesUser user ? Optional.of(user) : Optional.empty();
	}

	public String currentUsername() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated() ? "anonymous"
				: auth.getName();
	}

	public boolean isAdmin() {
		return currentUser().map(u -> u.hasRole(Role.ADMIN)).orElse(false);
	}

	/** Whether the current user holds the role (or ADMIN) in this unit or any unit above it. */
	public boolean can(Role role, Long orgUnitId) {
		return canAny(orgUnitId, role);
	}

	public boolean can(String role, Long orgUnitId) {
		return can(Role.valueOf(role), orgUnitId);
	}

	public boolean canAny(Long orgUnitId, Role... roles) {
		Optional<KenesUser> user = currentUser();
		if (user.isEmpty() || orgUnitId == null) {
			return false;
		}
		if (user.get().hasRole(Role.ADMIN)) {
			return true;
		}
		Set<Role> wanted = Set.of(roles);
		Set<Long> lineage = lineageOf(orgUnitId);
		return user.get().grants().stream().anyMatch(g -> wanted.contains(g.role()) && lineage.contains(g.orgUnitId()));
	}

	/** Whether the current user holds the role anywhere (e.g. to show a menu entry). */
	public boolean hasRole(String role) {
		return currentUser().map(u -> u.hasRole(Role.ADMIN) || u.hasRole(Role.valueOf(role))).orElse(false);
	}

	public void require(Role role, Long orgUnitId) {
		if (!can(role, orgUnitId)) {
			throw new AccessDeniedException("Requires " + role + " in org unit " + orgUnitId);
		}
	}

	/** Units in which the current user holds the role; the subtrees below them are covered too. */
	public List<Long> unitsWith(Role role) {
		return currentUser().map(u -> u.unitsWith(role)).orElse(List.of());
	}

	/**
	 * The unit and all its ancestors, read from the materialized path of the org tree
	 * (identity reads org_unit.path directly so that organization can depend on identity, not the reverse).
	 */
	Set<Long> lineageOf(long orgUnitId) {
		String path = jdbc.sql("SELECT path FROM org_unit WHERE id = ?").param(orgUnitId).query(String.class)
			.optional().orElse("/");
		Set<Long> ids = Arrays.stream(path.split("/")).filter(s -> !s.isBlank()).map(Long::valueOf)
			.collect(Collectors.toSet());
		ids.add(orgUnitId);
		return ids;
	}
}

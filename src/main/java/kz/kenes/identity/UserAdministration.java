package kz.kenes.identity;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.platform.RuleViolation;

/** What an administrator does with accounts; ADMIN only, every change audited (without password hashes). */
@Service
public class UserAdministration {

	/** The password policy: at least this many characters. */
	public static final int MIN_PASSWORD_LENGTH = 10;

	/** A user as the audit trail records it: never the password hash. */
	record Snapshot(String username, String displayName, Long personId, boolean enabled, List<String> roles) {

		static Snapshot of(User u) {
			return new Snapshot(u.getUsername(), u.getDisplayName(), u.getPersonId(), u.isEnabled(),
					u.getRoles().stream().map(g -> g.role() + "@" + g.orgUnitId()).sorted().toList());
		}
	}

	private final Users users;
	private final PasswordEncoder encoder;
	private final AuditTrail audit;
	private final Access access;
	private final SessionRevocation sessions;

	UserAdministration(Users users, PasswordEncoder encoder, AuditTrail audit, Access access,
			SessionRevocation sessions) {
		this.users = users;
		this.encoder = encoder;
		this.audit = audit;
		this.access = access;
		this.sessions = sessions;
	}

	@Transactional
	public User create(String username, String displayName, String password, Long personId, Role role,
			long orgUnitId) {
		requireAdmin();
		String name = username.strip().toLowerCase(java.util.Locale.ROOT);
		if (users.existsByUsername(name)) {
			throw new RuleViolation("identity.user.taken", name);
		}
		User user = new User(name, encoder.encode(checked(password, name)), displayName.strip(), personId);
		user.grant(role, orgUnitId);
		user = users.save(user);
		audit.record("User", user.getId(), "CREATE", null, Snapshot.of(user));
		return user;
	}

	@Transactional
	public User grant(long userId, int version, Role role, long orgUnitId) {
		return change(userId, version, "GRANT", u -> u.grant(role, orgUnitId));
	}

	@Transactional
	public User revoke(long userId, int version, Role role, long orgUnitId) {
		return change(userId, version, "REVOKE", u -> {
			if (access.currentUser().map(me -> me.id() == userId).orElse(false) && role == Role.ADMIN) {
				throw new RuleViolation("identity.user.selfAdmin");
			}
			u.revoke(role, orgUnitId);
		});
	}

	@Transactional
	public User setEnabled(long userId, int version, boolean enabled) {
		return change(userId, version, enabled ? "ENABLE" : "DISABLE", u -> {
			if (!enabled && access.currentUser().map(me -> me.id() == userId).orElse(false)) {
				throw new RuleViolation("identity.user.selfDisable");
			}
			u.setEnabled(enabled);
		});
	}

	@Transactional
	public User resetPassword(long userId, int version, String password) {
		return change(userId, version, "RESET_PASSWORD", u -> u.changePassword(encoder.encode(checked(password,
				u.getUsername()))));
	}

	private User change(long userId, int version, String action, java.util.function.Consumer<User> change) {
		requireAdmin();
		User user = users.findById(userId).orElseThrow(() -> new NoSuchElementException("No user " + userId));
		if (user.getVersion() == null || user.getVersion() != version) {
			throw new OptimisticLockingFailureException("User " + userId + " changed since version " + version);
		}
		Snapshot before = Snapshot.of(user);
		change.accept(user);
		user = users.save(user);
		audit.record("User", userId, action, before, Snapshot.of(user));
		if (!user.isEnabled() || !before.equals(Snapshot.of(user)) || "RESET_PASSWORD".equals(action)) {
			// access taken away or changed ends at once: the old sessions carry the old roles and units
			sessions.endSessionsOf(user.getUsername(),
					access.currentUser().map(me -> me.id() == userId).orElse(false) && user.isEnabled());
		}
		return user;
	}

	private static String checked(String password, String username) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new RuleViolation("identity.password.tooShort", MIN_PASSWORD_LENGTH);
		}
		if (password.equalsIgnoreCase(username)) {
			throw new RuleViolation("identity.password.isUsername");
		}
		return password;
	}

	private void requireAdmin() {
		if (!access.isAdmin()) {
			throw new AccessDeniedException("Requires ADMIN");
		}
	}
}

package kz.kenes.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import kz.kenes.i18n.Language;

/** The logged-in principal: who, in which language, and which roles in which org units. */
public record KenesUser(long id, String username, String password, String displayName, Long personId,
		Language language, boolean enabled, Set<RoleGrant> grants) implements UserDetails {

	static KenesUser of(User user) {
		return new KenesUser(user.getId(), user.getUsername(), user.getPasswordHash(), user.getDisplayName(),
				user.getPersonId(), user.getLanguage(), user.isEnabled(), user.getRoles());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return grants.stream().map(g -> new SimpleGrantedAuthority("ROLE_" + g.role().name())).distinct().toList();
	}

	public boolean hasRole(Role role) {
		return grants.stream().anyMatch(g -> g.role() == role);
	}

	public List<Long> unitsWith(Role role) {
		return grants.stream().filter(g -> g.role() == role).map(RoleGrant::orgUnitId).toList();
	}

	@Override
	public String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/** Credentials stay out of toString, logs and audit records. */
	@Override
	public String toString() {
		return "KenesUser[" + username + "]";
	}
}

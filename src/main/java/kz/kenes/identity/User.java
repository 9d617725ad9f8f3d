package kz.kenes.identity;

import java.util.HashSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.i18n.Language;

/** A staff account. Citizens use Kenes without one. */
@Table("app_user")
public class User {

	@Id
	private Long id;
	private String username;
	private String passwordHash;
	private String displayName;
	private Long personId;
	private String preferredLocale = Language.DEFAULT.code();
	private boolean enabled = true;
	@Version
	private Integer version;
	@MappedCollection(idColumn = "app_user")
	private Set<RoleGrant> roles = new HashSet<>();

	protected User() {
	}

	public User(String username, String passwordHash, String displayName, Long personId) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.personId = personId;
	}

	public void grant(Role role, long orgUnitId) {
		roles.add(new RoleGrant(role, orgUnitId));
	}

	public boolean revoke(Role role, long orgUnitId) {
		return roles.remove(new RoleGrant(role, orgUnitId));
	}

	public void revokeAll() {
		roles.clear();
	}

	public void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	public void rename(String displayName) {
		this.displayName = displayName;
	}

	public void linkPerson(Long personId) {
		this.personId = personId;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public void prefer(Language language) {
		this.preferredLocale = language.code();
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public String getDisplayName() {
		return displayName;
	}

	public Long getPersonId() {
		return personId;
	}

	public Language getLanguage() {
		return Language.of(preferredLocale);
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Integer getVersion() {
		return version;
	}

	public Set<RoleGrant> getRoles() {
		return Set.copyOf(roles);
	}
}

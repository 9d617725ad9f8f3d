package kz.kenes.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kz.kenes.identity.Role;
import kz.kenes.identity.UserAdministration;

/** A new account with its first role. */
public class UserForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.tooLong}")
	@Pattern(regexp = "[a-zA-Z0-9._-]*", message = "{identity.user.usernameChars}")
	private String username;
	@NotBlank(message = "{validation.required}")
	@Size(max = 300, message = "{validation.tooLong}")
	private String displayName;
	@NotNull(message = "{validation.required}")
	@Size(min = UserAdministration.MIN_PASSWORD_LENGTH, max = 200, message = "{validation.password}")
	private String password;
	@NotNull(message = "{validation.required}")
	private Role role;
	@NotNull(message = "{validation.required}")
	private Long orgUnitId;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getOrgUnitId() {
		return orgUnitId;
	}

	public void setOrgUnitId(Long orgUnitId) {
		this.orgUnitId = orgUnitId;
	}
}

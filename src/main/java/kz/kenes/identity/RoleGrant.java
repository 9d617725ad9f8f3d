package kz.kenes.identity;

import org.springframework.data.relational.core.mapping.Table;

/** A role held within an org unit (and its subtree). */
@Table("user_role")
public record RoleGrant(Role role, long orgUnitId) implements java.io.Serializable {
}

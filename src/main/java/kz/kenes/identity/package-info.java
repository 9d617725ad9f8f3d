/**
 * Users, roles scoped to org units, login, and the audit trail every module writes to.
 * Public API: {@link kz.kenes.identity.Role}, {@link kz.kenes.identity.Access} (bean {@code access} for
 * {@code @PreAuthorize}), {@link kz.kenes.identity.AuditTrail}, {@link kz.kenes.identity.PublicPaths},
 * {@link kz.kenes.identity.KenesUser}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package kz.kenes.identity;

/**
 * Org units in one tree (party → regional/city branch → council; akimat → department; NGOs), people and the
 * positions they hold with dates. Public API: {@link kz.kenes.organization.OrgUnit},
 * {@link kz.kenes.organization.OrgUnits}, {@link kz.kenes.organization.Person}, {@link kz.kenes.organization.People},
 * {@link kz.kenes.organization.PositionHeld}, {@link kz.kenes.organization.Positions},
 * {@link kz.kenes.organization.OrgStructure}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package kz.kenes.organization;

/**
 * Staff start page and rollups of planned vs actual by direction, executor, branch and period.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package kz.kenes.dashboard;

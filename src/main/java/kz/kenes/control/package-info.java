/**
 * Party control: monitoring visits by a branch's control commission (date, site, members, findings) and the
 * recommendations it issues to executors, followed until fulfilled; counts of issued and fulfilled recommendations
 * per branch and period. Public API: {@link kz.kenes.control.ControlWorkflow}, {@link kz.kenes.control.ControlQueries}
 * and its read models ({@link kz.kenes.control.VisitView}, {@link kz.kenes.control.RecommendationView},
 * {@link kz.kenes.control.ControlSummary}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Party control")
package kz.kenes.control;

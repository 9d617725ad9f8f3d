/**
 * Party control: monitoring visits by a branch's control commission (kind, date, site, members, findings) and the
 * recommendations it issues to executors, followed until fulfilled; totals for a period from commissions that report
 * no single visits; counts of issued and fulfilled recommendations per branch and period, and by year and kind of
 * visit. Public API: {@link kz.kenes.control.ControlWorkflow}, {@link kz.kenes.control.ControlQueries} and its read
 * models ({@link kz.kenes.control.VisitView}, {@link kz.kenes.control.RecommendationView},
 * {@link kz.kenes.control.ControlSummary}, {@link kz.kenes.control.ControlCount},
 * {@link kz.kenes.control.PeriodCountView}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Party control")
package kz.kenes.control;

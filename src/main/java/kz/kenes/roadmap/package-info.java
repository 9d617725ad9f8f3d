/**
 * The program roadmap: programs with their tasks (міндет), directions, one roadmap per branch, items (іс-шара) in
 * the Kazakhstan government-plan form with executors, indicators and yearly targets; Excel import and export.
 * Public API: {@link kz.kenes.roadmap.RoadmapCatalog} (reads for other modules), {@link kz.kenes.roadmap.RoadmapPlanning}
 * (changes), the aggregates {@link kz.kenes.roadmap.Program}, {@link kz.kenes.roadmap.ProgramTask},
 * {@link kz.kenes.roadmap.Direction}, {@link kz.kenes.roadmap.Roadmap}, {@link kz.kenes.roadmap.RoadmapItem},
 * {@link kz.kenes.roadmap.Indicator} and their repositories.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Roadmap")
package kz.kenes.roadmap;

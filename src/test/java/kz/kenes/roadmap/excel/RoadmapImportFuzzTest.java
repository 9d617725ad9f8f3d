package kz.kenes.roadmap.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import com.code_intelligence.jazzer.junit.FuzzTest;

import kz.kenes.i18n.Language;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.roadmap.excel.RoadmapImport.Limits;
import kz.kenes.roadmap.excel.RoadmapImport.Plan;
import kz.kenes.support.KenesTest;

/**
 * The XLSX import's dry run (guard, POI, row reading, comparison with the demo roadmap on PostgreSQL) on any
 * bytes: it always returns a plan, every problem in the file is a row or file error worded in the user's
 * language, and no input makes it throw, hang or run out of memory. Seeds (the exported demo roadmap, a zip
 * bomb, a sheet of empty styled cells past the reading bounds, a .xlsm, an XXE workbook, a CSV, the demo roadmap with one bit flipped inside its compressed shared
 * strings, which inflated to changed item names until the CRC-32 was checked) are in
 * {@code src/test/resources/kz/kenes/roadmap/excel/RoadmapImportFuzzTestInputs/xlsx/}; longer runs:
 * {@code bench/fuzz}.
 */
@KenesTest
@WithUserDetails("secretary")
class RoadmapImportFuzzTest {

	/** Smaller than production so that each input stays cheap; the limits themselves are tested elsewhere. */
	private static final Limits LIMITS = new Limits(2 * 1024 * 1024, 500);

	@Autowired
	RoadmapImport importer;

	@Autowired
	RoadmapCatalog catalog;

	private Long roadmap;

	@FuzzTest(maxDuration = "10s")
	@Timeout(120) // per input as well: Jazzer turns it into libFuzzer's -timeout
	void xlsx(byte[] content) {
		if (roadmap == null) {
			roadmap = catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow().id();
		}
		Plan plan = importer.plan(roadmap, content, Language.RU, null, LIMITS);
		assertThat(plan.errors()).allSatisfy(e -> {
			assertThat(e.row()).isNotNegative();
			// a message, never a bare key
			assertThat(e.message()).doesNotStartWith("roadmap.");
		});
		assertThat(plan.createdRows()).hasSameSizeAs(plan.created());
		assertThat(plan.changedRows()).hasSameSizeAs(plan.changes());
		// A file the importer cannot take as a whole (row 0: damaged, a bomb, macros, wrong columns) proposes
		// nothing. Errors in some rows do not hide the other rows' changes: the preview lists both, and a plan with
		// errors is never applied (RoadmapImport.preview hands out no token for it).
		if (plan.errors().stream().anyMatch(e -> e.row() == 0)) {
			assertThat(plan.created()).isEmpty();
			assertThat(plan.changes()).isEmpty();
			assertThat(plan.unchanged()).isZero();
		}
	}
}

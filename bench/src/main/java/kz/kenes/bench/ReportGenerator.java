package kz.kenes.bench;

import java.sql.Connection;
import java.util.List;
import java.util.SplittableRandom;

/** Monthly period reports 2023–2026 with their review history, once the reporting schema is known. */
final class ReportGenerator {

	private final Connection db;
	private final SplittableRandom random;
	private final List<NationalDataGenerator.Indicator> indicators;

	ReportGenerator(Connection db, SplittableRandom random, List<NationalDataGenerator.Indicator> indicators) {
		this.db = db;
		this.random = random;
		this.indicators = indicators;
	}

	void generate() {
		System.out.printf("reports: not generated yet (%d indicators ready)%n", indicators.size());
	}
}

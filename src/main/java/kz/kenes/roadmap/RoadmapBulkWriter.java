package kz.kenes.roadmap;

import java.sql.Connection;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.stereotype.Component;

/**
 * Writes many validated items with their executors, indicators, targets and revisions: ids come from the sequences
 * in one query per table, then each table gets ONE statement that inserts all its rows from arrays
 * ({@code INSERT … SELECT * FROM unnest(…)}). Ten thousand items take about ten round trips.
 */
@Component
class RoadmapBulkWriter {

	private final JdbcTemplate jdbc;

	RoadmapBulkWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Roadmap roadmap, List<RoadmapItem> items, List<List<Indicator>> indicators, String reason,
			String username) {
		if (items.isEmpty()) {
			return;
		}
		int n = items.size();
		List<Long> itemIds = ids("roadmap_item_id_seq", n);
		Object[][] item = new Object[14][n];
		for (int i = 0; i < n; i++) {
			RoadmapItem it = items.get(i);
			item[0][i] = itemIds.get(i);
			item[1][i] = it.getNumber();
			item[2][i] = it.getSortKey();
			item[3][i] = it.name().kk();
			item[4][i] = it.name().ru();
			item[5][i] = it.name().en();
			item[6][i] = it.getCompletionForm().name();
			item[7][i] = it.getTaskId();
			item[8][i] = it.getDirectionId();
			item[9][i] = it.getDeadline().kind().name();
			item[10][i] = it.getDeadline().date() == null ? null : Date.valueOf(it.getDeadline().date());
			item[11][i] = it.getDeadline().endYear();
			item[12][i] = it.getEstimatedCost();
			item[13][i] = it.getFundingSource() == null ? null : it.getFundingSource().name();
		}
		String[] itemTypes = { "int8", "text", "int4", "text", "text", "text", "text", "int8", "int8", "text", "date",
				"int4", "numeric", "text" };
		arrays("""
				INSERT INTO roadmap_item (id, number, sort_key, name_kk, name_ru, name_en, completion_form, task_id,
				    direction_id, deadline_kind, deadline_date, deadline_end_year, estimated_cost, funding_source,
				    notes, roadmap_id, region_id, is_example, version)
				SELECT u.*, CAST(NULL AS TEXT), ?, ?, FALSE, 0
				FROM unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) AS u""", itemTypes, item, roadmap.getId(),
				roadmap.getRegionId());
		// notes are rare in bulk files: set them row by row only where given
		List<Object[]> notes = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (items.get(i).getNotes() != null) {
				notes.add(new Object[] { items.get(i).getNotes(), itemIds.get(i) });
			}
		}
		if (!notes.isEmpty()) {
			jdbc.batchUpdate("UPDATE roadmap_item SET notes = ? WHERE id = ?", notes);
		}
		// so are links to the national item a regional item implements
		List<Object[]> national = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (items.get(i).getNationalItemId() != null) {
				national.add(new Object[] { items.get(i).getNationalItemId(), itemIds.get(i) });
			}
		}
		if (!national.isEmpty()) {
			jdbc.batchUpdate("UPDATE roadmap_item SET national_item_id = ? WHERE id = ?", national);
		}

		List<Object[]> executors = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			for (ItemExecutor e : items.get(i).getExecutors()) {
				executors.add(new Object[] { itemIds.get(i), e.orgUnitId(), e.lead() });
			}
		}
		arrays("""
				INSERT INTO roadmap_item_executor (roadmap_item, org_unit_id, lead)
				SELECT * FROM unnest(?, ?, ?)""", new String[] { "int8", "int8", "bool" }, columns(executors, 3));

		int indicatorCount = indicators.stream().mapToInt(List::size).sum();
		if (indicatorCount == 0) {
			return;
		}
		List<Long> indicatorIds = ids("indicator_id_seq", indicatorCount);
		List<Object[]> indicatorRows = new ArrayList<>();
		List<Object[]> targetRows = new ArrayList<>();
		int next = 0;
		for (int i = 0; i < n; i++) {
			for (Indicator indicator : indicators.get(i)) {
				long id = indicatorIds.get(next++);
				indicatorRows.add(new Object[] { id, itemIds.get(i), indicator.name().kk(), indicator.name().ru(),
						indicator.name().en(), indicator.getUnit().name(), indicator.getAggregation().name(),
						indicator.getSortOrder() });
				for (IndicatorTarget target : indicator.getTargets()) {
					targetRows.add(new Object[] { id, target.year(), target.planned(), target.originalPlanned() });
				}
			}
		}
		arrays("""
				INSERT INTO indicator (id, roadmap_item, name_kk, name_ru, name_en, unit, aggregation, sort_order,
				    region_id, version)
				SELECT u.*, ?, 0 FROM unnest(?, ?, ?, ?, ?, ?, ?, ?) AS u""",
				new String[] { "int8", "int8", "text", "text", "text", "text", "text", "int4" },
				columns(indicatorRows, 8), roadmap.getRegionId());
		if (targetRows.isEmpty()) {
			return;
		}
		Object[][] targets = columns(targetRows, 4);
		arrays("""
				INSERT INTO indicator_target (indicator, year, planned, original_planned)
				SELECT * FROM unnest(?, ?, ?, ?)""", new String[] { "int8", "int4", "numeric", "numeric" }, targets);
		if (roadmap.isApproved()) {
			// New targets in an approved roadmap are revisions from nothing, with the import's reason.
			arrays("""
					INSERT INTO indicator_target_revision (indicator_id, year, new_planned, old_planned, reason,
					    revised_by)
					SELECT u.*, 0, ?, ? FROM unnest(?, ?, ?) AS u""", new String[] { "int8", "int4", "numeric" },
					new Object[][] { targets[0], targets[1], targets[2] }, reason, username);
		}
	}

	/**
	 * Runs one statement whose leading plain parameters are {@code scalars} (the ones written before
	 * {@code unnest}) and whose array parameters are the columns; scalars in the SQL come first.
	 */
	private void arrays(String sql, String[] types, Object[][] columns, Object... scalars) {
		jdbc.execute(sql, (PreparedStatementCallback<Integer>) ps -> {
			Connection connection = ps.getConnection();
			int index = 1;
			for (Object scalar : scalars) {
				ps.setObject(index++, scalar);
			}
			for (int c = 0; c < columns.length; c++) {
				ps.setArray(index++, connection.createArrayOf(types[c], columns[c]));
			}
			return ps.executeUpdate();
		});
	}

	private static Object[][] columns(List<Object[]> rows, int width) {
		Object[][] columns = new Object[width][rows.size()];
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < width; c++) {
				columns[c][r] = rows.get(r)[c];
			}
		}
		return columns;
	}

	private List<Long> ids(String sequence, int count) {
		return jdbc.queryForList("SELECT nextval('" + sequence + "') FROM generate_series(1, ?)", Long.class, count);
	}
}

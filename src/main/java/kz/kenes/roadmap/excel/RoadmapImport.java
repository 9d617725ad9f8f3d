package kz.kenes.roadmap.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.poi.ss.util.CellRangeAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.identity.Access;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnits;
import kz.kenes.platform.RuleViolation;
import kz.kenes.roadmap.Aggregation;
import kz.kenes.roadmap.CompletionForm;
import kz.kenes.roadmap.Deadline;
import kz.kenes.roadmap.Direction;
import kz.kenes.roadmap.FundingSource;
import kz.kenes.roadmap.Indicator;
import kz.kenes.roadmap.IndicatorUnit;
import kz.kenes.roadmap.IndicatorView;
import kz.kenes.roadmap.ItemDetails;
import kz.kenes.roadmap.ItemFilter;
import kz.kenes.roadmap.ItemView;
import kz.kenes.roadmap.NewIndicator;
import kz.kenes.roadmap.NewItem;
import kz.kenes.roadmap.Program;
import kz.kenes.roadmap.ProgramTask;
import kz.kenes.roadmap.Roadmap;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.roadmap.RoadmapItem;
import kz.kenes.roadmap.RoadmapPlanning;
import kz.kenes.roadmap.RoadmapSummary;
import kz.kenes.roadmap.RoadmapTexts;
import kz.kenes.roadmap.Roadmaps;
import kz.kenes.roadmap.excel.SheetLayout.Column;

/**
 * Reads an XLSX in the layout of {@link RoadmapExport} and creates or updates items: first a dry run that lists
 * what would be created or changed and every row error (row number and reason in the user's language), then the
 * same plan applied in one transaction. Items missing from the file and targets left blank stay as they are.
 */
@Component
public class RoadmapImport {

	/** Upload limits: file size and data rows. */
	public record Limits(long maxBytes, int maxRows) {
	}

	public record RowError(int row, String message) {
	}

	/** An item the import would create or change, with the columns that change. */
	public record Change(String number, String name, List<String> columns) {
	}

	public record Preview(String token, String fileName, List<Change> created, List<Change> changed, int unchanged,
			int untouched, List<RowError> errors) {

		public boolean canApply() {
			return errors.isEmpty() && token != null && (!created.isEmpty() || !changed.isEmpty());
		}
	}

	/** Changes to one existing item. */
	record ItemChange(ItemView current, ItemDetails details, List<IndicatorChange> indicators,
			List<NewIndicator> newIndicators) {
	}

	record IndicatorChange(IndicatorView current, IndicatorUnit unit, Map<Integer, BigDecimal> targets) {
	}

	record Plan(List<NewItem> created, List<Change> createdRows, List<ItemChange> changes, List<Change> changedRows,
			int unchanged, int untouched, List<RowError> errors) {
	}

	private final RoadmapCatalog catalog;
	private final RoadmapPlanning planning;
	private final Roadmaps roadmaps;
	private final OrgUnits units;
	private final RoadmapTexts texts;
	private final MessageSource messages;
	private final JdbcClient jdbc;
	private final Access access;
	private final Limits limits;
	/** One file is read at a time on this node: reading is bounded, but several at once would still add up. */
	private final java.util.concurrent.Semaphore parses = new java.util.concurrent.Semaphore(1, true);
	private static final java.time.Duration PARSE_WAIT = java.time.Duration.ofSeconds(5);
	/**
	 * Plans of recent previews on this node, so that "apply" need not read the file again. Safe to use later: an
	 * item changed meanwhile fails on its version and a number taken meanwhile on its uniqueness, so the whole
	 * apply rolls back. Another node (or an evicted plan) reads the stored file instead.
	 */
	private final Map<String, Plan> recentPlans = java.util.Collections.synchronizedMap(
			new java.util.LinkedHashMap<>(16, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<String, Plan> eldest) {
					return size() > 8;
				}
			});

	RoadmapImport(RoadmapCatalog catalog, RoadmapPlanning planning, Roadmaps roadmaps, OrgUnits units,
			RoadmapTexts texts, MessageSource messages, JdbcClient jdbc, Access access,
			@Value("${kenes.roadmap.import.max-bytes:10485760}") long maxBytes,
			@Value("${kenes.roadmap.import.max-rows:20000}") int maxRows) {
		this.catalog = catalog;
		this.planning = planning;
		this.roadmaps = roadmaps;
		this.units = units;
		this.texts = texts;
		this.messages = messages;
		this.jdbc = jdbc;
		this.access = access;
		this.limits = new Limits(maxBytes, maxRows);
		XlsxGuard.init();
	}

	public Limits limits() {
		return limits;
	}

	/**
	 * The dry run: nothing in the roadmap changes. When the file has changes and no errors, it is kept under the
	 * returned token for {@link #apply}.
	 */
	@Transactional
	public Preview preview(long roadmapId, String fileName, byte[] content, Language language, String reason) {
		return preview(roadmapId, fileName, content, language, reason, limits);
	}

	@Transactional
	Preview preview(long roadmapId, String fileName, byte[] content, Language language, String reason,
			Limits limits) {
		requireEditor(roadmapId);
		Plan plan = plan(roadmapId, content, language, reason, limits);
		String token = null;
		if (plan.errors().isEmpty() && (!plan.created().isEmpty() || !plan.changes().isEmpty())) {
			jdbc.sql("DELETE FROM roadmap_import_upload WHERE created_at < now() - interval '1 day'").update();
			token = UUID.randomUUID().toString();
			jdbc.sql("""
					INSERT INTO roadmap_import_upload (token, roadmap_id, username, file_name, reason, content)
					VALUES (CAST(:token AS uuid), :roadmap, :user, :file, :reason, :content)""")
				.param("token", token).param("roadmap", roadmapId).param("user", access.currentUsername())
				.param("file", fileName == null ? "roadmap.xlsx" : truncate(fileName, 255))
				.param("reason", reason == null || reason.isBlank() ? null : truncate(reason.trim(), 2000))
				.param("content", content).update();
			recentPlans.put(token, plan);
		}
		return new Preview(token, fileName, plan.createdRows(), plan.changedRows(), plan.unchanged(),
				plan.untouched(), plan.errors());
	}

	/**
	 * Applies a previewed file in one transaction: all of it or, when anything fails (someone changed the roadmap
	 * meanwhile so that a row no longer fits), nothing. Returns the preview of what was applied.
	 */
	@Transactional
	public Preview apply(long roadmapId, String token, Language language) {
		requireEditor(roadmapId);
		record Upload(String fileName, String reason, byte[] content) {
		}
		if (token == null || !token.matches("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")) {
			// not a token this app handed out (edited form, stale bookmark): like an expired one
			throw new RuleViolation("roadmap.import.error.expired");
		}
		Upload upload = jdbc.sql("""
				SELECT file_name, reason, content FROM roadmap_import_upload
				WHERE token = CAST(:token AS uuid) AND roadmap_id = :roadmap AND username = :user""")
			.param("token", token).param("roadmap", roadmapId).param("user", access.currentUsername())
			.query((rs, n) -> new Upload(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
			.orElseThrow(() -> new RuleViolation("roadmap.import.error.expired"));
		Plan cached = recentPlans.remove(token);
		Plan plan = cached != null ? cached : plan(roadmapId, upload.content(), language, upload.reason(), limits);
		if (!plan.errors().isEmpty()) {
			return new Preview(null, upload.fileName(), plan.createdRows(), plan.changedRows(), plan.unchanged(),
					plan.untouched(), plan.errors());
		}
		planning.addItemsInBulk(roadmapId, plan.created(), upload.reason());
		for (ItemChange change : plan.changes()) {
			if (change.details() != null) {
				// the sheet has no column for the national item: a changed row keeps the item's link
				planning.changeItem(change.current().id(), change.current().version(),
						change.details().withNationalItem(change.current().nationalItemId()));
			}
			for (IndicatorChange ic : change.indicators()) {
				if (ic.unit() != null) {
					planning.changeIndicator(ic.current().id(), ic.current().version(), ic.current().name(),
							ic.unit(), ic.current().aggregation());
				}
				for (var target : new TreeMap<>(ic.targets()).entrySet()) {
					planning.planTarget(ic.current().id(), null, target.getKey(), target.getValue(), upload.reason());
				}
			}
			for (NewIndicator spec : change.newIndicators()) {
				Indicator indicator = planning.addIndicator(change.current().id(), spec.name(), spec.unit(),
						spec.aggregation());
				for (var target : new TreeMap<>(spec.targets()).entrySet()) {
					planning.planTarget(indicator.getId(), null, target.getKey(), target.getValue(), upload.reason());
				}
			}
		}
		jdbc.sql("DELETE FROM roadmap_import_upload WHERE token = CAST(:token AS uuid)").param("token", token)
			.update();
		return new Preview(null, upload.fileName(), plan.createdRows(), plan.changedRows(), plan.unchanged(),
				plan.untouched(), List.of());
	}

	private void requireEditor(long roadmapId) {
		if (!planning.canEdit(roadmapId)) {
			throw new org.springframework.security.access.AccessDeniedException("roadmap " + roadmapId);
		}
	}

	/** Reads the file and compares it with the roadmap; errors instead of exceptions for anything in the file. */
	Plan plan(long roadmapId, byte[] content, Language language, String reason, Limits limits) {
		RoadmapSummary summary = catalog.roadmap(roadmapId).orElseThrow();
		Roadmap roadmap = roadmaps.findById(roadmapId).orElseThrow();
		Program program = catalog.program(summary.programId()).orElseThrow();
		SheetLayout layout = new SheetLayout(summary.firstYear(), summary.lastYear());
		Language headerLanguage = SheetLayout.headerLanguage(language);
		Reader reader = new Reader(layout, language, headerLanguage, summary);
		try {
			XlsxGuard.check(content, limits.maxBytes());
		}
		catch (RuleViolation e) {
			return reader.fileError(e);
		}
		List<List<RawRow>> groups;
		acquireParse();
		try {
			SheetCells sheet = SheetCells.firstSheet(content,
					SheetCells.Bounds.of(layout.columnCount(), limits.maxRows()));
			if (sheet == null) {
				return reader.fileError(new RuleViolation("roadmap.import.error.empty"));
			}
			groups = reader.read(sheet, limits);
		}
		catch (RuleViolation e) {
			return reader.fileError(e);
		}
		catch (Exception e) {
			// POI refuses corrupt packages and zip bombs with a variety of exceptions
			return reader.fileError(new RuleViolation("roadmap.import.error.unreadable"));
		}
		finally {
			parses.release();
		}
		if (!reader.errors.isEmpty()) {
			return reader.result(List.of(), List.of(), List.of(), List.of(), 0, 0);
		}
		return reader.compare(groups, roadmap, program, reason);
	}

	private void acquireParse() {
		try {
			if (parses.tryAcquire(PARSE_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
				return;
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		throw new kz.kenes.platform.TooManyRequests(PARSE_WAIT, "roadmap.import.error.busy");
	}

	/** A data row as read: its sheet row number (1-based, as Excel shows it) and its cells. */
	record RawRow(int number, Object[] cells) {
	}

	/** Reading state of one file: lookups by name, the errors found so far. */
	private final class Reader {

		final SheetLayout layout;
		final Language language;
		final Language headerLanguage;
		final RoadmapSummary summary;
		final List<String> headers;
		final List<RowError> errors = new ArrayList<>();
		final Map<String, Long> unitsByName = new HashMap<>();
		/** Names borne by several units equally near the roadmap (see loadLookups): only their codes say which. */
		final Set<String> ambiguousUnitNames = new HashSet<>();
		final Map<String, Long> directionsByName = new HashMap<>();
		final Map<Integer, Long> tasksByNumber = new HashMap<>();

		Reader(SheetLayout layout, Language language, Language headerLanguage, RoadmapSummary summary) {
			this.layout = layout;
			this.language = language;
			this.headerLanguage = headerLanguage;
			this.summary = summary;
			this.headers = layout.headers(headerLanguage);
		}

		Plan fileError(RuleViolation e) {
			errors.add(new RowError(0, message(e)));
			return result(List.of(), List.of(), List.of(), List.of(), 0, 0);
		}

		Plan result(List<NewItem> created, List<Change> createdRows, List<ItemChange> changes,
				List<Change> changedRows, int unchanged, int untouched) {
			List<RowError> sorted = new ArrayList<>(errors);
			sorted.sort(Comparator.comparingInt(RowError::row));
			return new Plan(created, createdRows, changes, changedRows, unchanged, untouched, List.copyOf(sorted));
		}

		List<List<RawRow>> read(SheetCells sheet, Limits limits) {
			if (sheet.truncated()) {
				throw new RuleViolation("roadmap.import.error.tooManyRowsAtLeast", String.valueOf(limits.maxRows()));
			}
			int headerRow = -1;
			for (int r = 0; r <= Math.min(sheet.lastRow(), 9); r++) {
				var row = sheet.row(r);
				if (row != null && "№".equals(text(row.get(0)))) {
					headerRow = r;
					break;
				}
			}
			if (sheet.lastRow() <= 0 && headerRow < 0) {
				throw new RuleViolation("roadmap.import.error.empty");
			}
			for (CellRangeAddress merged : sheet.merged) {
				if (headerRow >= 0 && merged.getFirstRow() <= headerRow && merged.getLastRow() >= headerRow) {
					throw new RuleViolation("roadmap.import.error.mergedHeader");
				}
				if (merged.getLastRow() > headerRow) {
					throw new RuleViolation("roadmap.import.error.mergedCells",
							String.valueOf(merged.getFirstRow() + 1));
				}
			}
			if (headerRow < 0) {
				throw new RuleViolation("roadmap.import.error.columns", String.join(" | ", headers));
			}
			var header = sheet.row(headerRow);
			List<String> found = new ArrayList<>();
			for (int c = 0; !header.isEmpty() && c <= header.lastKey(); c++) {
				found.add(text(header.get(c)));
			}
			if (layout.recognise(found) == null) {
				throw new RuleViolation("roadmap.import.error.columns", String.join(" | ", headers));
			}
			var dataRows = sheet.rows.tailMap(headerRow, false).entrySet().stream()
				.filter(row -> !blank(row.getValue().values())).map(Map.Entry::getKey).toList();
			if (dataRows.isEmpty()) {
				throw new RuleViolation("roadmap.import.error.noRows");
			}
			if (dataRows.size() > limits.maxRows()) {
				throw new RuleViolation("roadmap.import.error.tooManyRows", String.valueOf(dataRows.size()),
						String.valueOf(limits.maxRows()));
			}
			List<List<RawRow>> groups = new ArrayList<>();
			Map<String, Integer> seen = new HashMap<>();
			int lastFilled = dataRows.get(dataRows.size() - 1);
			String previous = null;
			for (int r = headerRow + 1; r <= lastFilled; r++) {
				var row = sheet.row(r);
				int rowNumber = r + 1;
				if (row == null || blank(row.values())) {
					errors.add(new RowError(rowNumber, msg("roadmap.import.error.blankRow")));
					previous = null;
					continue;
				}
				Object[] cells = new Object[layout.columnCount()];
				boolean formula = false;
				for (SheetCells.Cell cell : row.values()) {
					int c = cell.column();
					if (cell.formula()) {
						errors.add(new RowError(rowNumber, msg("roadmap.import.error.formula", cell.address(r))));
						formula = true;
						continue;
					}
					if (c >= cells.length) {
						if (!text(cell).isEmpty()) {
							errors.add(new RowError(rowNumber, msg("roadmap.import.error.extraCell",
									cell.address(r))));
						}
						continue;
					}
					cells[c] = cell.value();
				}
				if (formula) {
					continue;
				}
				String number = numberText(cells[layout.index(Column.NUMBER)]);
				if (number.isEmpty()) {
					errors.add(new RowError(rowNumber, msg("roadmap.import.error.noNumber")));
					previous = null;
					continue;
				}
				RawRow raw = new RawRow(rowNumber, cells);
				if (number.equals(previous) && isBlank(cells[layout.index(Column.NAME_KK)])
						&& isBlank(cells[layout.index(Column.NAME_RU)])) {
					groups.get(groups.size() - 1).add(raw);
					continue;
				}
				Integer earlier = seen.putIfAbsent(number, rowNumber);
				if (earlier != null) {
					errors.add(new RowError(rowNumber, msg("roadmap.import.error.duplicate", number,
							String.valueOf(earlier))));
					previous = null;
					continue;
				}
				List<RawRow> group = new ArrayList<>();
				group.add(raw);
				groups.add(group);
				previous = number;
			}
			return groups;
		}

		Plan compare(List<List<RawRow>> groups, Roadmap roadmap, Program program, String reason) {
			Map<String, ItemView> existing = new HashMap<>();
			catalog.allItems(summary.id(), ItemFilter.ALL).forEach(i -> existing.put(i.number(), i));
			loadLookups(existing.values());
			List<NewItem> created = new ArrayList<>();
			List<Change> createdRows = new ArrayList<>();
			List<ItemChange> changes = new ArrayList<>();
			List<Change> changedRows = new ArrayList<>();
			int unchanged = 0;
			Set<String> inFile = new HashSet<>();
			for (List<RawRow> group : groups) {
				RawRow first = group.get(0);
				String number = numberText(first.cells()[layout.index(Column.NUMBER)]);
				inFile.add(number);
				ItemView current = existing.get(number);
				int before = errors.size();
				ItemDetails details = details(first, current);
				List<NewIndicator> indicators = new ArrayList<>();
				for (RawRow row : group) {
					indicator(row).ifPresent(indicators::add);
				}
				if (errors.size() > before || details == null) {
					continue;
				}
				try {
					RoadmapItem probe = new RoadmapItem(roadmap, details);
					if (current == null) {
						for (NewIndicator spec : indicators) {
							Indicator indicator = new Indicator(probe, spec.name(), spec.unit(), spec.aggregation(), 1);
							spec.targets().forEach((year, planned) -> indicator.plan(year, planned, roadmap, program,
									reason));
						}
						created.add(new NewItem(details, indicators));
						createdRows.add(new Change(number, details.name().in(language), List.of()));
						continue;
					}
					ItemChange change = diff(current, details, indicators, group, probe, roadmap, program, reason);
					if (change == null) {
						unchanged++;
					}
					else {
						changes.add(change);
						changedRows.add(new Change(number, details.name().in(language), changedColumns(change)));
					}
				}
				catch (RuleViolation e) {
					errors.add(new RowError(first.number(), message(e)));
				}
			}
			int untouched = (int) existing.keySet().stream().filter(n -> !inFile.contains(n)).count();
			return result(created, createdRows, changes, changedRows, unchanged, untouched);
		}

		private ItemChange diff(ItemView current, ItemDetails details, List<NewIndicator> indicators,
				List<RawRow> group, RoadmapItem probe, Roadmap roadmap, Program program, String reason) {
			ItemDetails now = new ItemDetails(current.number(), current.name(), current.completionForm(),
					current.taskId(), current.directionId(), current.deadline(), current.estimatedCost(),
					current.fundingSource(), current.notes(), current.lead().map(e -> e.orgUnitId()).orElse(0L),
					current.coExecutors().stream().map(e -> e.orgUnitId()).sorted().toList());
			ItemDetails normalisedNew = new ItemDetails(probe.getNumber(), probe.name(), probe.getCompletionForm(),
					probe.getTaskId(), probe.getDirectionId(), probe.getDeadline(), probe.getEstimatedCost(),
					probe.getFundingSource(), probe.getNotes(), probe.leadExecutorId(), probe.coExecutorIds());
			boolean itemChanged = !sameDetails(now, normalisedNew);
			List<IndicatorChange> indicatorChanges = new ArrayList<>();
			List<NewIndicator> newIndicators = new ArrayList<>();
			for (NewIndicator spec : indicators) {
				Optional<IndicatorView> match = current.indicators().stream()
					.filter(i -> norm(i.name().kk()).equals(norm(spec.name().kk()))).findFirst();
				if (match.isEmpty()) {
					Indicator indicator = new Indicator(probe, spec.name(), spec.unit(), spec.aggregation(), 1);
					spec.targets().forEach((year, planned) -> indicator.plan(year, planned, roadmap, program, reason));
					newIndicators.add(spec);
					continue;
				}
				IndicatorView view = match.get();
				Map<Integer, BigDecimal> targets = new LinkedHashMap<>();
				spec.targets().forEach((year, planned) -> {
					BigDecimal old = view.plannedFor(year).orElse(null);
					if (old == null || old.compareTo(planned) != 0) {
						targets.put(year, planned);
					}
				});
				if (!targets.isEmpty() && roadmap.isApproved() && (reason == null || reason.isBlank())) {
					throw new RuleViolation("roadmap.error.target.reason");
				}
				IndicatorUnit unit = view.unit() == spec.unit() ? null : spec.unit();
				if (unit != null || !targets.isEmpty()) {
					indicatorChanges.add(new IndicatorChange(view, unit, targets));
				}
			}
			if (!itemChanged && indicatorChanges.isEmpty() && newIndicators.isEmpty()) {
				return null;
			}
			return new ItemChange(current, itemChanged ? details : null, indicatorChanges, newIndicators);
		}

		private List<String> changedColumns(ItemChange change) {
			List<String> columns = new ArrayList<>();
			if (change.details() != null) {
				ItemView c = change.current();
				ItemDetails d = change.details();
				if (!Objects.equals(c.name().kk(), d.name().kk())) {
					columns.add(header(Column.NAME_KK));
				}
				if (!Objects.equals(c.name().ru(), d.name().ru())) {
					columns.add(header(Column.NAME_RU));
				}
				if (c.completionForm() != d.completionForm()) {
					columns.add(header(Column.COMPLETION_FORM));
				}
				if (!Objects.equals(c.lead().map(e -> e.orgUnitId()).orElse(null), d.leadExecutorId())
						|| !new HashSet<>(c.coExecutors().stream().map(e -> e.orgUnitId()).toList())
							.equals(new HashSet<>(d.coExecutorIds()))) {
					columns.add(header(Column.EXECUTORS));
				}
				if (!Objects.equals(c.deadline(), d.deadline())) {
					columns.add(header(Column.DEADLINE));
				}
				if (!sameNumber(c.estimatedCost(), d.estimatedCost())) {
					columns.add(header(Column.COST));
				}
				if (c.fundingSource() != d.fundingSource()) {
					columns.add(header(Column.FUNDING));
				}
				if (!Objects.equals(c.taskId(), d.taskId())) {
					columns.add(header(Column.TASK));
				}
				if (!Objects.equals(c.directionId(), d.directionId())) {
					columns.add(header(Column.DIRECTION));
				}
				if (!Objects.equals(blankToNull(c.notes()), blankToNull(d.notes()))) {
					columns.add(header(Column.NOTES));
				}
			}
			for (IndicatorChange ic : change.indicators()) {
				if (ic.unit() != null) {
					columns.add(ic.current().name().in(language) + ": " + header(Column.UNIT));
				}
				ic.targets().keySet().forEach(year -> columns.add(ic.current().name().in(language) + ": "
						+ headers.get(layout.yearIndex(year))));
			}
			change.newIndicators().forEach(spec -> columns.add("+ " + spec.name().in(language)));
			return columns;
		}

		private boolean sameDetails(ItemDetails a, ItemDetails b) {
			return Objects.equals(a.number(), b.number()) && Objects.equals(a.name().kk(), b.name().kk())
					&& Objects.equals(a.name().ru(), b.name().ru()) && a.completionForm() == b.completionForm()
					&& Objects.equals(a.taskId(), b.taskId()) && Objects.equals(a.directionId(), b.directionId())
					&& Objects.equals(a.deadline(), b.deadline()) && sameNumber(a.estimatedCost(), b.estimatedCost())
					&& a.fundingSource() == b.fundingSource()
					&& Objects.equals(blankToNull(a.notes()), blankToNull(b.notes()))
					&& a.leadExecutorId() == b.leadExecutorId()
					&& new HashSet<>(a.coExecutorIds()).equals(new HashSet<>(b.coExecutorIds()));
		}

		/** The item's columns from its first row; null (with errors recorded) when a column cannot be read. */
		private ItemDetails details(RawRow row, ItemView current) {
			Object[] cells = row.cells();
			int errorsBefore = errors.size();
			String nameKk = string(cells[layout.index(Column.NAME_KK)]);
			String nameRu = string(cells[layout.index(Column.NAME_RU)]);
			CompletionForm form = lookup(row, Column.COMPLETION_FORM, CompletionForm.values(),
					f -> texts.label(f, Language.KK), f -> texts.label(f, Language.RU), f -> texts.label(f, Language.EN));
			String formText = string(cells[layout.index(Column.COMPLETION_FORM)]);
			if (formText.isEmpty()) {
				errors.add(new RowError(row.number(), msg("roadmap.error.item.completionForm")));
			}
			List<Long> executors = new ArrayList<>();
			String executorText = string(cells[layout.index(Column.EXECUTORS)]);
			for (String name : executorText.split("[;\\n]")) {
				if (name.isBlank()) {
					continue;
				}
				String key = norm(name);
				Long unit = unitsByName.get(key);
				if (unit == null) {
					errors.add(new RowError(row.number(), msg("roadmap.import.error.unknownExecutor", name.trim())));
				}
				else if (ambiguousUnitNames.contains(key)) {
					errors.add(new RowError(row.number(), msg("roadmap.import.error.ambiguousExecutor", name.trim())));
				}
				else if (!executors.contains(unit)) {
					executors.add(unit);
				}
			}
			if (executorText.isBlank()) {
				errors.add(new RowError(row.number(), msg("roadmap.error.item.executor")));
			}
			Deadline deadline = null;
			Object deadlineCell = cells[layout.index(Column.DEADLINE)];
			if (deadlineCell instanceof LocalDate date) {
				deadline = Deadline.on(date);
			}
			else if (isBlank(deadlineCell)) {
				errors.add(new RowError(row.number(), msg("roadmap.error.deadline.required")));
			}
			else {
				deadline = texts.parseDeadline(string(deadlineCell)).orElse(null);
				if (deadline == null) {
					errors.add(new RowError(row.number(), msg("roadmap.error.deadline.unreadable", string(deadlineCell))));
				}
			}
			BigDecimal cost = number(row, Column.COST, cells[layout.index(Column.COST)]);
			FundingSource funding = lookup(row, Column.FUNDING, FundingSource.values(),
					f -> texts.label(f, Language.KK), f -> texts.label(f, Language.RU), f -> texts.label(f, Language.EN));
			Long taskId = null;
			Object taskCell = cells[layout.index(Column.TASK)];
			if (!isBlank(taskCell)) {
				BigDecimal taskNumber = number(row, Column.TASK, taskCell);
				if (taskNumber != null) {
					taskId = tasksByNumber.get(taskNumber.intValue());
					if (taskId == null) {
						errors.add(new RowError(row.number(), msg("roadmap.import.error.unknownValue",
								numberText(taskCell), header(Column.TASK))));
					}
				}
			}
			Long directionId = null;
			String directionText = string(cells[layout.index(Column.DIRECTION)]);
			if (!directionText.isEmpty()) {
				directionId = directionsByName.get(norm(directionText));
				if (directionId == null) {
					errors.add(new RowError(row.number(), msg("roadmap.import.error.unknownValue", directionText,
							header(Column.DIRECTION))));
				}
			}
			if (errors.size() > errorsBefore) {
				return null;
			}
			String nameEn = current == null ? null : current.name().en();
			String notes = string(cells[layout.index(Column.NOTES)]);
			return new ItemDetails(numberText(cells[layout.index(Column.NUMBER)]),
					new LocalizedText(nameKk, nameRu, nameEn), form, taskId, directionId, deadline, cost, funding,
					notes.isEmpty() ? null : notes, executors.get(0), executors.subList(1, executors.size()));
		}

		private Optional<NewIndicator> indicator(RawRow row) {
			Object[] cells = row.cells();
			String kk = string(cells[layout.index(Column.INDICATOR_KK)]);
			String ru = string(cells[layout.index(Column.INDICATOR_RU)]);
			String unitText = string(cells[layout.index(Column.UNIT)]);
			Map<Integer, BigDecimal> targets = new TreeMap<>();
			for (int y = 0; y < layout.years(); y++) {
				int year = layout.firstYear() + y;
				Object cell = cells[layout.yearIndex(year)];
				if (!isBlank(cell)) {
					BigDecimal value = number(row, null, cell, headers.get(layout.yearIndex(year)));
					if (value != null) {
						targets.put(year, value);
					}
				}
			}
			if (kk.isEmpty() && ru.isEmpty() && unitText.isEmpty() && targets.isEmpty()) {
				if (isContinuation(row)) {
					errors.add(new RowError(row.number(), msg("roadmap.import.error.emptyIndicatorRow")));
				}
				return Optional.empty();
			}
			if (kk.isEmpty() || ru.isEmpty()) {
				errors.add(new RowError(row.number(), msg("roadmap.error.indicator.name")));
				return Optional.empty();
			}
			IndicatorUnit unit = lookup(row, Column.UNIT, IndicatorUnit.values(), u -> texts.label(u, Language.KK),
					u -> texts.label(u, Language.RU), u -> texts.label(u, Language.EN));
			if (unit == null) {
				if (unitText.isEmpty()) {
					errors.add(new RowError(row.number(), msg("roadmap.error.indicator.unit")));
				}
				return Optional.empty();
			}
			return Optional.of(new NewIndicator(new LocalizedText(kk, ru, null), unit, Aggregation.SUM, targets));
		}

		private boolean isContinuation(RawRow row) {
			return isBlank(row.cells()[layout.index(Column.NAME_KK)]) && isBlank(row.cells()[layout.index(Column.NAME_RU)]);
		}

		/** Labels of each enum in the three languages (and its constant names), built once per file. */
		private final Map<Class<?>, Map<String, Enum<?>>> labels = new HashMap<>();

		@SafeVarargs
		private <E extends Enum<E>> E lookup(RawRow row, Column column, E[] values,
				java.util.function.Function<E, String>... labelsOf) {
			String text = string(row.cells()[layout.index(column)]);
			if (text.isEmpty()) {
				return null;
			}
			Map<String, Enum<?>> byLabel = labels.computeIfAbsent(values.getClass(), k -> {
				Map<String, Enum<?>> map = new HashMap<>();
				for (E value : values) {
					map.put(norm(value.name()), value);
					for (var label : labelsOf) {
						map.putIfAbsent(norm(label.apply(value)), value);
					}
				}
				return map;
			});
			@SuppressWarnings("unchecked")
			E found = (E) byLabel.get(norm(text));
			if (found == null) {
				errors.add(new RowError(row.number(), msg("roadmap.import.error.unknownValue", text, header(column))));
			}
			return found;
		}

		private BigDecimal number(RawRow row, Column column, Object cell) {
			return number(row, column, cell, header(column));
		}

		private BigDecimal number(RawRow row, Column column, Object cell, String columnName) {
			if (isBlank(cell)) {
				return null;
			}
			if (cell instanceof BigDecimal decimal) {
				return decimal;
			}
			String text = string(cell).replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
			try {
				if (text.length() > 64) {
					throw new NumberFormatException("longer than any amount");
				}
				return new BigDecimal(text);
			}
			catch (NumberFormatException e) {
				errors.add(new RowError(row.number(), msg("roadmap.import.error.notANumber", string(cell), columnName)));
				return null;
			}
		}

		private void loadLookups(Collection<ItemView> items) {
			// Departments are named alike in every region («Мәдениет … басқармасы» 21 times in the country): a name
			// means a unit near the roadmap (one already executing its items, or one of its branch's region; an
			// akimat and its departments are a region of their own), else the one unit of that name elsewhere. Codes
			// are unique.
			Set<Long> near = new HashSet<>();
			items.forEach(item -> item.executors().forEach(e -> near.add(e.orgUnitId())));
			Map<String, Integer> nearest = new HashMap<>();
			for (OrgUnit unit : units.findAll()) {
				boolean isNear = near.contains(unit.getId()) || Objects.equals(unit.getRegionId(), summary.regionId());
				int distance = isNear ? 0 : 1;
				for (String name : List.of(unit.getCode() == null ? "" : unit.getCode(), unit.getNameKk(),
						unit.getNameRu(), unit.getNameEn() == null ? "" : unit.getNameEn())) {
					if (name.isBlank()) {
						continue;
					}
					String key = norm(name);
					Integer known = nearest.get(key);
					if (known == null || distance < known) {
						nearest.put(key, distance);
						unitsByName.put(key, unit.getId());
						ambiguousUnitNames.remove(key);
					}
					else if (distance == known && !unitsByName.get(key).equals(unit.getId())) {
						ambiguousUnitNames.add(key);
					}
				}
			}
			for (Direction direction : catalog.directions()) {
				directionsByName.put(norm(direction.getCode()), direction.getId());
				for (Language l : Language.values()) {
					directionsByName.put(norm(direction.name(l)), direction.getId());
				}
			}
			for (ProgramTask task : catalog.tasks(summary.programId())) {
				tasksByNumber.put(task.getNumber(), task.getId());
			}
		}

		private String header(Column column) {
			return column == null ? "" : headers.get(layout.index(column));
		}

		private String message(RuleViolation e) {
			return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), language.locale());
		}

		private String msg(String key, String... args) {
			return messages.getMessage(key, args, key, language.locale());
		}
	}

	private static String text(SheetCells.Cell cell) {
		if (cell == null) {
			return "";
		}
		Object value = cell.value();
		return value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString().trim();
	}

	private static boolean blank(java.util.Collection<SheetCells.Cell> row) {
		return row.stream().noneMatch(cell -> cell.formula() || !text(cell).isEmpty());
	}

	private static boolean isBlank(Object value) {
		return value == null || (value instanceof String s && s.isBlank());
	}

	private static String string(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal d) {
			return d.toPlainString();
		}
		if (value instanceof LocalDate date) {
			return RoadmapTexts.DATE.format(date);
		}
		return value.toString().trim();
	}

	/** An item number as text: a numeric cell 12 (or 12.0) reads "12"; 3.1 stays "3.1". */
	private static String numberText(Object value) {
		if (value instanceof BigDecimal d) {
			return d.stripTrailingZeros().toPlainString();
		}
		return string(value);
	}

	private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

	static String norm(String text) {
		return text == null ? "" : SPACES.matcher(text.replace('\u00a0', ' ')).replaceAll(" ").trim()
			.toLowerCase(Locale.ROOT);
	}

	private static boolean sameNumber(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static String truncate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max);
	}
}

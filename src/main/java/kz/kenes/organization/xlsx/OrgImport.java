package kz.kenes.organization.xlsx;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.i18n.Transliteration;
import kz.kenes.identity.Access;
import kz.kenes.organization.OrgLevel;
import kz.kenes.organization.OrgStructure;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnitKind;
import kz.kenes.organization.OrgUnits;
import kz.kenes.organization.Post;
import kz.kenes.organization.PostTitles;
import kz.kenes.platform.OfficeZip;
import kz.kenes.platform.RuleViolation;

/**
 * One XLSX of units and people for a subtree: a dry-run preview (what would be created, every row's errors in the
 * user's language), then "apply" in one transaction through {@link OrgStructure} (so every change is authorized and
 * audited). Columns, after one header row: parent code · code · kind · level · name kk · name ru · name en · person
 * (kk) · person (ru) · post · post title kk · post title ru · since. A row with a kind creates a unit; a row with a
 * person appoints them to the post in the row's unit (its code, or the unit the import runs in).
 */
@Component
public class OrgImport {

	/** Columns of the sheet, in order; their headers are the messages {@code organization.import.col.<name>}. */
	public static final List<String> COLUMNS = List.of("parent", "code", "kind", "level", "nameKk", "nameRu",
			"nameEn", "personKk", "personRu", "post", "titleKk", "titleRu", "since");

	public record Limits(long maxBytes, int maxRows) {
	}

	public record RowError(int row, String message) {
	}

	public record UnitLine(int row, String code, OrgUnitKind kind, String name, String parent) {
	}

	public record PostLine(int row, String person, String title, LocalDate since, boolean newPerson) {
	}

	public record Preview(String token, String fileName, List<UnitLine> units, List<PostLine> posts,
			List<RowError> errors) {

		public boolean canApply() {
			return errors.isEmpty() && token != null && (!units.isEmpty() || !posts.isEmpty());
		}
	}

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
	private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd.MM.uuuu")
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	private final OrgStructure structure;
	private final OrgUnits units;
	private final JdbcClient jdbc;
	private final MessageSource messages;
	private final Access access;
	private final Limits limits;

	private final Clock clock;

	OrgImport(OrgStructure structure, OrgUnits units, JdbcClient jdbc, MessageSource messages, Access access, Clock clock,
			@Value("${kenes.organization.import.max-bytes:2097152}") long maxBytes,
			@Value("${kenes.organization.import.max-rows:2000}") int maxRows) {
		this.clock = clock;
		this.structure = structure;
		this.units = units;
		this.jdbc = jdbc;
		this.messages = messages;
		this.access = access;
		this.limits = new Limits(maxBytes, maxRows);
	}

	public Limits limits() {
		return limits;
	}

	/** Reads the file and keeps it for {@link #apply} when it has no errors; writes no unit, person or post. */
	@Transactional
	public Preview preview(long unitId, String fileName, byte[] content, Language language) {
		requireEdit(unitId);
		String name = fileName == null || fileName.isBlank() ? "import.xlsx" : fileName.strip();
		name = name.length() > 255 ? name.substring(0, 255) : name;
		Plan plan = plan(unitId, content, language);
		String token = null;
		if (plan.errors.isEmpty() && !(plan.units.isEmpty() && plan.posts.isEmpty())) {
			jdbc.sql("DELETE FROM org_import_upload WHERE created_at < now() - interval '1 day'").update();
			token = UUID.randomUUID().toString();
			jdbc.sql("""
					INSERT INTO org_import_upload (token, org_unit_id, username, file_name, content)
					VALUES (CAST(:token AS uuid), :unit, :user, :file, :content)""")
				.param("token", token).param("unit", unitId).param("user", access.currentUsername())
				.param("file", name).param("content", content).update();
		}
		return plan.preview(token, name);
	}

	/**
	 * Applies a previewed file in one transaction, after checking it again against the tree as it is now; returns
	 * the errors instead when it no longer fits (nothing is written then).
	 */
	@Transactional
	public Preview apply(long unitId, String token, Language language) {
		requireEdit(unitId);
		if (token == null || !token.matches("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")) {
			throw new RuleViolation("organization.import.error.expired");
		}
		record Upload(String fileName, byte[] content) {
		}
		Upload upload = jdbc.sql("""
				SELECT file_name, content FROM org_import_upload
				WHERE token = CAST(:token AS uuid) AND org_unit_id = :unit AND username = :user""")
			.param("token", token).param("unit", unitId).param("user", access.currentUsername())
			.query((rs, n) -> new Upload(rs.getString(1), rs.getBytes(2))).optional()
			.orElseThrow(() -> new RuleViolation("organization.import.error.expired"));
		Plan plan = plan(unitId, upload.content(), language);
		if (!plan.errors.isEmpty()) {
			return plan.preview(null, upload.fileName());
		}
		Map<String, Long> created = new HashMap<>();
		for (UnitRow u : plan.units) {
			long parent = u.parentCode == null ? unitId
					: created.containsKey(u.parentCode) ? created.get(u.parentCode) : plan.existing.get(u.parentCode);
			OrgUnit unit = structure.addUnit(parent, u.kind, u.level, u.code, u.name);
			created.put(u.code, unit.getId());
		}
		Map<String, Long> people = new HashMap<>();
		for (PostRow p : plan.posts) {
			long unit = p.unitCode == null ? unitId
					: created.containsKey(p.unitCode) ? created.get(p.unitCode) : plan.existing.get(p.unitCode);
			Long person = p.personId != null ? p.personId : people.get(p.person.kk());
			if (person == null) {
				person = structure.addPerson(null, p.person).getId();
				people.put(p.person.kk(), person);
			}
			structure.appoint(person, unit, p.post, p.title, p.since);
		}
		jdbc.sql("DELETE FROM org_import_upload WHERE token = CAST(:token AS uuid)").param("token", token).update();
		return plan.preview(null, upload.fileName());
	}

	private void requireEdit(long unitId) {
		units.findById(unitId).orElseThrow(() -> new java.util.NoSuchElementException("No org unit " + unitId));
		if (!structure.canEdit(unitId)) {
			throw new AccessDeniedException("Requires SECRETARY in org unit " + unitId);
		}
	}

	record UnitRow(int row, String parentCode, String code, OrgUnitKind kind, OrgLevel level, LocalizedText name,
			OrgUnitKind parentKind) {
	}

	record PostRow(int row, String unitCode, OrgUnitKind unitKind, OrgLevel unitLevel, LocalizedText unitName,
			LocalizedText person, Long personId, Post post, LocalizedText title, LocalDate since) {
	}

	/** What a file would do, or why it cannot. */
	final class Plan {

		final Language language;
		final List<UnitRow> units = new ArrayList<>();
		final List<PostRow> posts = new ArrayList<>();
		final List<RowError> errors = new ArrayList<>();
		/** Codes of existing units the file refers to, with their ids. */
		final Map<String, Long> existing = new HashMap<>();
		final Map<String, OrgUnit> existingUnits = new HashMap<>();

		Plan(Language language) {
			this.language = language;
		}

		void error(int row, String key, Object... args) {
			errors.add(new RowError(row, messages.getMessage(new DefaultMessageSourceResolvable(new String[] { key },
					args, key), language.locale())));
		}

		Preview preview(String token, String fileName) {
			List<UnitLine> unitLines = units.stream().map(u -> new UnitLine(u.row, u.code, u.kind, u.name.in(language),
					u.parentCode == null ? "" : u.parentCode)).toList();
			List<PostLine> postLines = posts.stream().map(p -> new PostLine(p.row, p.person.in(language),
					PostTitles.of(p.post, p.unitKind, p.unitLevel, p.unitName, p.title).in(language), p.since,
					p.personId == null)).toList();
			List<RowError> sorted = new ArrayList<>(errors);
			sorted.sort(java.util.Comparator.comparingInt(RowError::row));
			return new Preview(token, fileName, unitLines, postLines, List.copyOf(sorted));
		}
	}

	Plan plan(long unitId, byte[] content, Language language) {
		Plan plan = new Plan(language);
		OrgUnit root = units.findById(unitId).orElseThrow();
		String refusal = refusal(content);
		if (refusal != null) {
			plan.error(0, refusal, String.valueOf(limits.maxBytes() / (1024 * 1024)));
			return plan;
		}
		List<String[]> rows;
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				plan.error(0, "organization.import.error.empty");
				return plan;
			}
			rows = read(workbook.getSheetAt(0), plan);
		}
		catch (Exception e) {
			// POI refuses damaged packages with a variety of exceptions
			plan.error(0, "organization.import.error.unreadable");
			return plan;
		}
		if (rows == null) {
			return plan;
		}
		Map<String, UnitRow> inFile = new HashMap<>();
		Set<String> personsInFile = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			String[] cells = rows.get(i);
			int rowNumber = Integer.parseInt(cells[COLUMNS.size()]);
			check(plan, root, rowNumber, cells, inFile, personsInFile);
		}
		return plan;
	}

	private void check(Plan plan, OrgUnit root, int row, String[] c, Map<String, UnitRow> inFile,
			Set<String> personsInFile) {
		int errorsBefore = plan.errors.size();
		String parentCode = blankToNull(c[0]);
		String code = blankToNull(c[1]);
		String kindText = blankToNull(c[2]);
		OrgUnitKind kind = null;
		OrgUnitKind unitKind = root.getKind();
		OrgLevel unitLevel = root.level();
		LocalizedText unitName = root.name();
		if (kindText != null) {
			kind = lookup(OrgUnitKind.class, kindText, "organization.kind.");
			if (kind == null) {
				plan.error(row, "organization.import.error.kind", kindText);
				return;
			}
			if (code == null || !CODE.matcher(code).matches()) {
				plan.error(row, "organization.import.error.code", code == null ? "" : code);
				return;
			}
			if (inFile.containsKey(code) || units.findByCode(code).isPresent()) {
				plan.error(row, "organization.unit.code.taken", code);
				return;
			}
			OrgUnitKind parentKind;
			if (parentCode == null) {
				parentKind = root.getKind();
			}
			else if (inFile.containsKey(parentCode)) {
				parentKind = inFile.get(parentCode).kind;
			}
			else {
				Optional<OrgUnit> parent = existingUnit(plan, parentCode);
				if (parent.isEmpty()) {
					plan.error(row, "organization.import.error.parent", parentCode);
					return;
				}
				parentKind = parent.get().getKind();
			}
			if (!kind.mayBeUnder(parentKind)) {
				plan.error(row, "organization.unit.parent.wrong", kindName(kind), kindName(parentKind));
				return;
			}
			OrgLevel level = null;
			String levelText = blankToNull(c[3]);
			if (levelText != null) {
				level = lookup(OrgLevel.class, levelText, "organization.level.");
				if (level == null || kind.levels().size() > 1 && !kind.levels().contains(level)) {
					plan.error(row, "organization.import.error.level", levelText);
					return;
				}
			}
			String kk = blankToNull(c[4]);
			String ru = blankToNull(c[5]);
			if (kk == null || ru == null) {
				plan.error(row, "organization.import.error.name");
				return;
			}
			if (tooLong(kk, 400) || tooLong(ru, 400) || tooLong(c[6], 400)) {
				plan.error(row, "organization.import.error.tooLong");
				return;
			}
			String en = blankToNull(c[6]);
			LocalizedText name = new LocalizedText(kk, ru, en == null ? kk : en);
			UnitRow unit = new UnitRow(row, parentCode, code, kind, level, name, parentKind);
			inFile.put(code, unit);
			plan.units.add(unit);
			unitKind = kind;
			unitLevel = level != null ? level : kind.levels().size() == 1 ? kind.levels().iterator().next() : null;
			unitName = name;
		}
		else if (code != null) {
			if (inFile.containsKey(code)) {
				UnitRow u = inFile.get(code);
				unitKind = u.kind;
				unitLevel = u.level;
				unitName = u.name;
			}
			else {
				Optional<OrgUnit> unit = existingUnit(plan, code);
				if (unit.isEmpty()) {
					plan.error(row, "organization.import.error.parent", code);
					return;
				}
				unitKind = unit.get().getKind();
				unitLevel = unit.get().level();
				unitName = unit.get().name();
			}
		}
		String personKk = blankToNull(c[7]);
		String postText = blankToNull(c[9]);
		if (personKk == null && postText == null) {
			if (kindText == null) {
				plan.error(row, "organization.import.error.nothing");
			}
			return;
		}
		if (personKk == null || postText == null) {
			plan.error(row, "organization.import.error.personAndPost");
			return;
		}
		Post post = lookup(Post.class, postText, "organization.post.");
		if (post == null) {
			plan.error(row, "organization.import.error.post", postText);
			return;
		}
		if (!post.fitsIn(unitKind)) {
			plan.error(row, "organization.position.wrongUnit", new DefaultMessageSourceResolvable(
					"organization.post." + post.name()), kindName(unitKind));
			return;
		}
		String titleKk = blankToNull(c[10]);
		String titleRu = blankToNull(c[11]);
		if (post.needsOwnTitle() && (titleKk == null || titleRu == null)) {
			plan.error(row, "organization.position.titleRequired");
			return;
		}
		if (tooLong(personKk, 300) || tooLong(c[8], 300) || tooLong(titleKk, 300) || tooLong(titleRu, 300)) {
			plan.error(row, "organization.import.error.tooLong");
			return;
		}
		LocalDate since = LocalDate.now(clock);
		String sinceText = blankToNull(c[12]);
		if (sinceText != null) {
			since = date(sinceText);
			if (since == null) {
				plan.error(row, "organization.import.error.date", sinceText);
				return;
			}
		}
		String personRu = blankToNull(c[8]) == null ? personKk : c[8].strip();
		LocalizedText person = new LocalizedText(personKk, personRu, latin(personRu));
		Long personId = personsInFile.contains(personKk) ? null : existingPerson(personKk);
		personsInFile.add(personKk);
		LocalizedText title = titleKk == null ? null
				: new LocalizedText(titleKk, titleRu == null ? titleKk : titleRu, titleKk);
		if (plan.errors.size() == errorsBefore) {
			plan.posts.add(new PostRow(row, code, unitKind, unitLevel, unitName, person,
					personId, post, title, since));
		}
	}

	/** An existing unit the user may add to (else the row may not name it). */
	private Optional<OrgUnit> existingUnit(Plan plan, String code) {
		Optional<OrgUnit> unit = Optional.ofNullable(plan.existingUnits.get(code))
			.or(() -> units.findByCode(code).filter(u -> structure.canEdit(u.getId())));
		unit.ifPresent(u -> {
			plan.existing.put(code, u.getId());
			plan.existingUnits.put(code, u);
		});
		return unit;
	}

	private Long existingPerson(String fullNameKk) {
		List<Long> ids = jdbc.sql("SELECT id FROM person WHERE full_name_kk = ? LIMIT 2").param(fullNameKk)
			.query(Long.class).list();
		return ids.size() == 1 ? ids.get(0) : null;
	}

	/** The rows as texts (the sheet's row number last), or null after a file error. */
	private List<String[]> read(Sheet sheet, Plan plan) {
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		Row header = sheet.getRow(sheet.getFirstRowNum());
		if (header == null || !isHeader(formatter.formatCellValue(header.getCell(0)), "parent")
				|| !isHeader(formatter.formatCellValue(header.getCell(2)), "kind")) {
			plan.error(0, "organization.import.error.columns", String.join(" | ", COLUMNS.stream()
				.map(c -> messages.getMessage("organization.import.col." + c, null, plan.language.locale())).toList()));
			return null;
		}
		List<String[]> rows = new ArrayList<>();
		for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			String[] cells = new String[COLUMNS.size() + 1];
			boolean empty = true;
			for (int i = 0; i < COLUMNS.size(); i++) {
				cells[i] = text(row.getCell(i), formatter);
				empty &= cells[i] == null || cells[i].isBlank();
			}
			if (empty) {
				continue;
			}
			if (rows.size() >= limits.maxRows()) {
				plan.error(0, "organization.import.error.tooManyRows", String.valueOf(limits.maxRows()));
				return null;
			}
			cells[COLUMNS.size()] = String.valueOf(r + 1);
			rows.add(cells);
		}
		if (rows.isEmpty()) {
			plan.error(0, "organization.import.error.empty");
			return null;
		}
		return rows;
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		return formatter.formatCellValue(cell);
	}

	private boolean isHeader(String text, String column) {
		for (Language l : Language.values()) {
			if (messages.getMessage("organization.import.col." + column, null, l.locale()).equalsIgnoreCase(text.strip())) {
				return true;
			}
		}
		return false;
	}

	/** A constant by its name (FACTION) or by its name in any of the three languages (Фракция партии). */
	private <E extends Enum<E>> E lookup(Class<E> type, String text, String prefix) {
		String wanted = text.strip();
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(wanted)) {
				return constant;
			}
			for (Language l : Language.values()) {
				String name = messages.getMessage(prefix + constant.name(), null, "", l.locale());
				if (name != null && name.equalsIgnoreCase(wanted)) {
					return constant;
				}
			}
		}
		return null;
	}

	private static LocalDate date(String text) {
		for (DateTimeFormatter format : new DateTimeFormatter[] { DateTimeFormatter.ISO_LOCAL_DATE, NUMERIC }) {
			try {
				return LocalDate.parse(text.strip(), format);
			}
			catch (DateTimeParseException e) {
				// try the next form
			}
		}
		return null;
	}

	/** Why the file cannot be opened (a message key), or null: size, XLSX by content, no zip bomb, no macros. */
	private String refusal(byte[] content) {
		if (content == null || content.length == 0) {
			return "organization.import.error.empty";
		}
		if (content.length > limits.maxBytes()) {
			return "organization.import.error.tooLarge";
		}
		for (int i = 0; i < ZIP.length; i++) {
			if (content.length <= i || content[i] != ZIP[i]) {
				return "organization.import.error.notXlsx";
			}
		}
		OfficeZip.Inspection zip = OfficeZip.inspect(content);
		if (zip.refused()) {
			return switch (zip.refusal()) {
				case EXPANDS_TOO_MUCH -> "organization.import.error.zipBomb";
				case MACROS -> "organization.import.error.macros";
				case NOT_ZIP, TOO_MANY_PARTS -> "organization.import.error.notXlsx";
				case DAMAGED -> "organization.import.error.unreadable";
			};
		}
		if (!zip.has("[Content_Types].xml") || !zip.has("xl/workbook.xml")) {
			return "organization.import.error.notXlsx";
		}
		return null;
	}

	private static DefaultMessageSourceResolvable kindName(OrgUnitKind kind) {
		return new DefaultMessageSourceResolvable("organization.kind." + kind.name());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static boolean tooLong(String s, int max) {
		return s != null && s.strip().length() > max;
	}

	/** Мурат Жолдыхожаев → Murat Zholdykhozhaev: each word's first letter upper case. */
	private static String latin(String name) {
		StringBuilder out = new StringBuilder();
		for (String word : Transliteration.toLatin(name).split(" ")) {
			if (!word.isEmpty()) {
				out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
					.append(word.substring(1));
			}
		}
		return out.toString();
	}
}

package kz.kenes.roadmap.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.kenes.i18n.Language;

/**
 * The columns of the roadmap sheet in the government-plan layout, headed in Kazakh or Russian (the two official
 * languages of such plans; an English-speaking user gets Russian). An item with several indicators takes one row
 * per indicator: the first row carries the item's columns, the following rows repeat only its number.
 */
public final class SheetLayout {

	public enum Column {
		NUMBER("№", "№", 6),
		NAME_KK("Іс-шараның атауы (қазақ тілінде)", "Наименование мероприятия (на казахском языке)", 50),
		NAME_RU("Іс-шараның атауы (орыс тілінде)", "Наименование мероприятия (на русском языке)", 50),
		COMPLETION_FORM("Аяқтау нысаны", "Форма завершения", 18),
		EXECUTORS("Жауапты орындаушылар", "Ответственные исполнители", 34),
		DEADLINE("Орындау мерзімі", "Срок исполнения", 18),
		COST("Болжамды шығыстар, ₸", "Предполагаемые расходы, ₸", 18),
		FUNDING("Қаржыландыру көзі", "Источник финансирования", 20),
		TASK("Міндет", "Задача", 8),
		DIRECTION("Бағыт", "Направление", 14),
		INDICATOR_KK("Индикатор (қазақ тілінде)", "Индикатор (на казахском языке)", 30),
		INDICATOR_RU("Индикатор (орыс тілінде)", "Индикатор (на русском языке)", 30),
		UNIT("Өлшем бірлігі", "Единица измерения", 12),
		YEAR("{0} жылға жоспар", "План на {0} год", 10),
		NOTES("Ескертпе", "Примечание", 30);

		final String kk;
		final String ru;
		final int width;

		Column(String kk, String ru, int width) {
			this.kk = kk;
			this.ru = ru;
			this.width = width;
		}
	}

	/** Rows above the table: a title row, then the header row. */
	public static final int HEADER_ROW = 1;

	private final int firstYear;
	private final int lastYear;

	public SheetLayout(int firstYear, int lastYear) {
		this.firstYear = firstYear;
		this.lastYear = lastYear;
	}

	public static Language headerLanguage(Language language) {
		return language == Language.KK ? Language.KK : Language.RU;
	}

	public int years() {
		return lastYear - firstYear + 1;
	}

	public int firstYear() {
		return firstYear;
	}

	public int columnCount() {
		return Column.values().length - 1 + years();
	}

	/** The sheet column index of a column (the year columns start at YEAR's position). */
	public int index(Column column) {
		return column.ordinal() <= Column.YEAR.ordinal() ? column.ordinal() : column.ordinal() - 1 + years();
	}

	public int yearIndex(int year) {
		return Column.YEAR.ordinal() + (year - firstYear);
	}

	public List<String> headers(Language language) {
		List<String> headers = new ArrayList<>();
		for (Column column : Column.values()) {
			if (column == Column.YEAR) {
				for (int y = firstYear; y <= lastYear; y++) {
					headers.add(header(column, language, y));
				}
			}
			else {
				headers.add(header(column, language, 0));
			}
		}
		return headers;
	}

	public List<Integer> widths() {
		List<Integer> widths = new ArrayList<>();
		for (Column column : Column.values()) {
			int n = column == Column.YEAR ? years() : 1;
			for (int i = 0; i < n; i++) {
				widths.add(column.width);
			}
		}
		return widths;
	}

	/** Whether a header row read from a file is this layout's, in Kazakh or Russian (spacing and case aside). */
	public Language recognise(List<String> header) {
		for (Language language : List.of(Language.KK, Language.RU)) {
			List<String> expected = headers(language);
			if (header.size() >= expected.size() && normalised(header.subList(0, expected.size()))
				.equals(normalised(expected)) && header.subList(expected.size(), header.size()).stream()
					.allMatch(h -> h == null || h.isBlank())) {
				return language;
			}
		}
		return null;
	}

	private static List<String> normalised(List<String> texts) {
		return texts.stream()
			.map(t -> t == null ? "" : t.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT))
			.toList();
	}

	private static String header(Column column, Language language, int year) {
		String text = headerLanguage(language) == Language.KK ? column.kk : column.ru;
		return text.replace("{0}", String.valueOf(year));
	}
}

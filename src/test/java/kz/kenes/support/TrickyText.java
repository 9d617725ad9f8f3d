package kz.kenes.support;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Text that breaks systems: every Kazakh letter, Russian, emoji (ZWJ families, flags, skin tones), right-to-left
 * Arabic and Hebrew, combining marks and zero-width characters, and the characters CSV, HTML and XML give a
 * meaning to, including the formula prefixes of CSV injection. No sample starts or ends with white space (names
 * are trimmed on purpose).
 */
public final class TrickyText {

	public static final String KAZAKH = "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі: «Халықпен бірге!» жол картасы";
	public static final String RUSSIAN = "Съешь же ещё этих мягких французских булок, да выпей чаю. Ёё Ъъ";
	public static final String EMOJI = "👍 👨‍👩‍👧‍👦 🇰🇿 🏳️‍🌈 ✊🏽 🧕🏻";
	public static final String RIGHT_TO_LEFT = "مرحبا بالعالم — שלום עולם — Шымкент";
	/** e + combining acute, Қ + combining breve, a zero-width space, joiner, non-joiner and word joiner. */
	public static final String COMBINING = "Cafe\u0301 Қ\u0306 zero\u200Bwidth\u200Djoin\u200Cnon\u2060word";
	public static final String MARKUP = "<script>alert('x')</script> & &amp; <b>\"bold\"</b> ]]> <!-- -->";
	public static final String CSV = "\"quoted\", comma; semicolon\nnew line\ttab";
	public static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";
	public static final String PLUS = "+7 701 000 00 00";
	public static final String MINUS = "-2+3";
	public static final String AT = "@SUM(A1:A9)";

	public static final List<String> ALL = List.of(KAZAKH, RUSSIAN, EMOJI, RIGHT_TO_LEFT, COMBINING, MARKUP, CSV,
			FORMULA, PLUS, MINUS, AT);

	private TrickyText() {
	}

	public static boolean formula(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
	}

	public static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/** RFC 4180 with a chosen separator: quoted fields may hold separators, doubled quotes and line breaks. */
	public static List<List<String>> parseCsv(String text, char separator) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == separator) {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				// the \n ends the row
			}
			else if (c == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		if (field.length() > 0 || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}
}

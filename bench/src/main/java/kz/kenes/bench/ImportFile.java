package kz.kenes.bench;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An import file of N rows for bench/run: the app's own export of a roadmap (so the layout is the app's), its item
 * rows repeated with new numbers (50001, 50002, ...) until there are N. Usage: ImportFile in.xlsx out.xlsx N.
 */
public final class ImportFile {

	private static final int FIRST_ROW = 2; // a title row, then the header row (SheetLayout)
	/** New items are numbered 50001, 50002, ... (item numbers have at most five digits before a dot). */
	static final int FIRST_NUMBER = 50_000;

	public static void main(String[] args) throws IOException {
		int rows = Integer.parseInt(args[2]);
		try (InputStream in = new FileInputStream(args[0]); XSSFWorkbook export = new XSSFWorkbook(in);
				SXSSFWorkbook out = new SXSSFWorkbook(100); OutputStream file = new FileOutputStream(args[1])) {
			Sheet source = export.getSheetAt(0);
			Sheet target = out.createSheet(source.getSheetName());
			for (int r = 0; r < FIRST_ROW; r++) {
				copy(source.getRow(r), target.createRow(r), null);
			}
			int items = 0;
			for (int n = 0; n < rows; ) {
				String previous = null;
				int before = n;
				for (int r = FIRST_ROW; r <= source.getLastRowNum() && n < rows; r++) {
					Row row = source.getRow(r);
					if (row == null || row.getCell(0) == null || row.getCell(0).toString().isBlank()) {
						continue;
					}
					// an item's further indicators are rows with the same number: they keep the item's new number
					String number = row.getCell(0).toString();
					if (!number.equals(previous)) {
						items++;
						previous = number;
					}
					copy(row, target.createRow(FIRST_ROW + n), String.valueOf(FIRST_NUMBER + items));
					n++;
				}
				if (n == before) {
					throw new IllegalArgumentException("no item rows in " + args[0]);
				}
			}
			out.write(file);
			System.out.printf("%s: %d rows, %d items%n", args[1], rows, items);
		}
	}

	private static void copy(Row from, Row to, String number) {
		if (from == null) {
			return;
		}
		for (Cell cell : from) {
			Cell copy = to.createCell(cell.getColumnIndex());
			switch (cell.getCellType()) {
				case NUMERIC -> copy.setCellValue(cell.getNumericCellValue());
				case BOOLEAN -> copy.setCellValue(cell.getBooleanCellValue());
				default -> copy.setCellValue(cell.toString());
			}
		}
		if (number != null) {
			to.getCell(0).setCellValue(number);
		}
	}
}

package org.govsite.services;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.govsite.shared.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * A file of case volumes (办件量) as a unit sends it, CSV (UTF-8) or XLSX (first sheet): a header line naming the
 * columns 事项名称 or 事项编号, 年份, 自然人办件量, 法人办件量, then one line per item and year. Every bad line is refused
 * with its line number (the header is line 1), so that nothing is half-saved.
 */
final class CaseVolumeSheet {

	static final int MAX_ROWS = 5000;
	static final String NAME = "事项名称";
	static final String ID = "事项编号";
	static final String YEAR = "年份";
	static final String NATURAL = "自然人办件量";
	static final String LEGAL = "法人办件量";

	/** One good line: the item (resolved by the caller), the year and both counts. */
	record Line(int number, UUID itemId, int year, long naturalPersons, long legalPersons) {
	}

	private CaseVolumeSheet() {
	}

	/**
	 * Reads and checks the file. {@code resolve} finds the item of a line by id text or name (null when not on the site).
	 * {@code latestYear} is the last year that may be reported (the current one).
	 */
	static List<Line> read(@Nullable String fileName, byte[] content, BiFunction<@Nullable String, @Nullable String, @Nullable UUID> resolve,
			int latestYear) {
		if (content.length == 0) {
			throw Refusal.invalid("请选择要导入的办件量文件（CSV 或 XLSX）");
		}
		var rows = isXlsx(fileName, content) ? xlsx(content) : csv(content);
		if (rows.isEmpty()) {
			throw Refusal.invalid("文件是空的：第 1 行应为表头（事项名称或事项编号、年份、自然人办件量、法人办件量）");
		}
		var header = rows.get(0);
		var columns = new HashMap<String, Integer>();
		for (int i = 0; i < header.size(); i++) {
			columns.putIfAbsent(header.get(i).strip().replace("\uFEFF", ""), i);
		}
		var reasons = new ArrayList<String>();
		if (!columns.containsKey(NAME) && !columns.containsKey(ID)) {
			reasons.add("第 1 行：表头缺少「事项名称」或「事项编号」列");
		}
		for (var required : List.of(YEAR, NATURAL, LEGAL)) {
			if (!columns.containsKey(required)) {
				reasons.add("第 1 行：表头缺少「" + required + "」列");
			}
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		if (rows.size() - 1 > MAX_ROWS) {
			throw Refusal.invalid("一次最多导入 " + MAX_ROWS + " 行，文件有 " + (rows.size() - 1) + " 行");
		}
		var lines = new ArrayList<Line>();
		var seen = new HashSet<String>();
		for (int r = 1; r < rows.size(); r++) {
			var row = rows.get(r);
			int number = r + 1;
			if (row.stream().allMatch(String::isBlank)) {
				continue;
			}
			var lineReasons = new ArrayList<String>();
			var idText = cell(row, columns.get(ID));
			var name = cell(row, columns.get(NAME));
			UUID item = null;
			if (idText.isBlank() && name.isBlank()) {
				lineReasons.add("缺少事项名称或事项编号");
			}
			else {
				item = resolve.apply(idText.isBlank() ? null : idText, name.isBlank() ? null : name);
				if (item == null) {
					lineReasons.add("本网站没有" + (idText.isBlank() ? "名称为「" + name : "编号为「" + idText) + "」的服务事项");
				}
			}
			Integer year = null;
			var yearText = cell(row, columns.get(YEAR));
			if (!yearText.matches("\\d{4}")) {
				lineReasons.add("年份「" + yearText + "」应为四位数字");
			}
			else {
				year = Integer.valueOf(yearText);
				if (year < 2000 || year > latestYear) {
					lineReasons.add("年份应在 2000 年至 " + latestYear + " 年之间");
				}
			}
			var natural = count(cell(row, columns.get(NATURAL)), NATURAL, lineReasons);
			var legal = count(cell(row, columns.get(LEGAL)), LEGAL, lineReasons);
			if (lineReasons.isEmpty() && !seen.add(item + "/" + year)) {
				lineReasons.add("同一事项 " + year + " 年的办件量在文件中出现了两次");
			}
			if (lineReasons.isEmpty()) {
				lines.add(new Line(number, item, year, natural, legal));
			}
			else {
				reasons.add("第 " + number + " 行：" + String.join("；", lineReasons));
			}
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		if (lines.isEmpty()) {
			throw Refusal.invalid("文件中没有办件量数据行");
		}
		return lines;
	}

	private static long count(String text, String label, List<String> reasons) {
		var plain = text.replace(",", "");
		if (!plain.matches("\\d{1,12}")) {
			reasons.add(label + "「" + text + "」应为不小于 0 的整数");
			return 0;
		}
		return Long.parseLong(plain);
	}

	private static String cell(List<String> row, @Nullable Integer column) {
		return column == null || column >= row.size() ? "" : row.get(column).strip();
	}

	private static boolean isXlsx(@Nullable String fileName, byte[] content) {
		// an XLSX file is a ZIP archive: "PK\3\4"
		return (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx"))
				|| (content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4);
	}

	private static List<List<String>> xlsx(byte[] content) {
		try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			var sheet = workbook.getSheetAt(0);
			var formatter = new DataFormatter(Locale.ROOT);
			var rows = new ArrayList<List<String>>();
			if (sheet.getLastRowNum() > MAX_ROWS + 1) {
				throw Refusal.invalid("一次最多导入 " + MAX_ROWS + " 行");
			}
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				var row = sheet.getRow(r);
				var cells = new ArrayList<String>();
				if (row != null) {
					for (int c = 0; c < Math.min(row.getLastCellNum(), 50); c++) {
						var cell = row.getCell(c);
						cells.add(cell == null ? "" : formatter.formatCellValue(cell));
					}
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof Refusal refusal) {
				throw refusal;
			}
			throw Refusal.invalid("无法读取 XLSX 文件，请确认文件未损坏且为 Excel 2007 及以上格式");
		}
	}

	/** CSV as spreadsheets write it: commas, double-quoted cells with "" for a quote, CRLF or LF. */
	static List<List<String>> csv(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(content)).toString();
		}
		catch (CharacterCodingException e) {
			throw Refusal.invalid("CSV 文件应为 UTF-8 编码（用电子表格另存为“CSV UTF-8”），或改用 XLSX 文件");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		var rows = new ArrayList<List<String>>();
		var row = new ArrayList<String>();
		var cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				if (rows.size() > MAX_ROWS + 1) {
					throw Refusal.invalid("一次最多导入 " + MAX_ROWS + " 行");
				}
			}
			else {
				cell.append(c);
			}
		}
		if (cell.length() > 0 || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}
}

package org.govsite.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A workbook of plain tables (a header row, then rows of text and numbers), the one way a module exports a list to
 * Excel, and the download response both the console and the API answer with.
 */
public final class Spreadsheet {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** Excel refuses longer cell texts. */
	private static final int MAX_TEXT = 32_000;

	private record Sheet(String name, List<String> headers, List<List<?>> rows) {
	}

	private final List<Sheet> sheets = new ArrayList<>();

	/** Adds a sheet; a value is written as a number when it is one, as text otherwise, blank when null. */
	public Spreadsheet sheet(String name, List<String> headers, List<? extends List<?>> rows) {
		sheets.add(new Sheet(name, List.copyOf(headers), List.copyOf(rows)));
		return this;
	}

	public byte[] bytes() {
		try (Workbook book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			for (var sheet : sheets) {
				var target = book.createSheet(sheet.name());
				var head = target.createRow(0);
				for (int i = 0; i < sheet.headers().size(); i++) {
					head.createCell(i).setCellValue(sheet.headers().get(i));
				}
				int r = 1;
				for (var values : sheet.rows()) {
					var row = target.createRow(r++);
					for (int i = 0; i < values.size(); i++) {
						write(row.createCell(i), values.get(i));
					}
				}
				for (int i = 0; i < sheet.headers().size(); i++) {
					target.setColumnWidth(i, 14 * 256);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The workbook as a download named {@code filename} (Chinese names survive, RFC 6266). */
	public ResponseEntity<byte[]> download(String filename) {
		return download(bytes(), filename);
	}

	public static ResponseEntity<byte[]> download(byte[] workbook, String filename) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(workbook);
	}

	private static void write(org.apache.poi.ss.usermodel.Cell cell, @Nullable Object value) {
		if (value == null) {
			cell.setBlank();
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof Boolean bool) {
			cell.setCellValue(bool ? "是" : "否");
		}
		else {
			var text = value.toString();
			cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
		}
	}
}

package org.govsite.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The form as an XLSX workbook: one sheet, the title in A1, then a label column and a value column in the form's order
 * (counts as numbers, everything else as text, so nothing typed becomes a formula), then the sign-off.
 */
final class ReportWorkbook {

	private ReportWorkbook() {
	}

	static byte[] of(AnnualReportView report) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var bold = workbook.createFont();
			bold.setBold(true);
			var heading = workbook.createCellStyle();
			heading.setFont(bold);
			var sheet = workbook.createSheet("年度报表");
			var title = sheet.createRow(0).createCell(0);
			title.setCellValue(report.siteName() + report.year() + "年政府网站工作年度报表");
			title.setCellStyle(heading);
			int r = 1;
			for (var row : report.rows()) {
				var line = sheet.createRow(r++);
				line.createCell(0).setCellValue(row.fullLabel());
				var cell = line.createCell(1);
				if (row.value() instanceof Number n) {
					cell.setCellValue(n.doubleValue());
				}
				else {
					cell.setCellValue(row.display());
				}
			}
			var signOff = report.signOff();
			String[][] names = { { "单位负责人", signOff.unitHead() }, { "审核人", signOff.reviewer() },
					{ "填报人", signOff.filler() }, { "联系电话", signOff.phone() },
					{ "填报日期", signOff.filledOn() == null ? null : signOff.filledOn().toString() } };
			for (var pair : names) {
				var line = sheet.createRow(r++);
				line.createCell(0).setCellValue(pair[0]);
				line.createCell(1).setCellValue(pair[1] == null ? "" : pair[1]);
			}
			sheet.setColumnWidth(0, 40 * 256);
			sheet.setColumnWidth(1, 40 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

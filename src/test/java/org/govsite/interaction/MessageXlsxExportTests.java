package org.govsite.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The XLSX export next to the CSV: read back with POI, personal data masked, typed formulas stay text. */
@ContextWithMovableClock
class MessageXlsxExportTests {

	static final String PORTAL = "9901000001";

	@LocalServerPort int port;

	@Test
	void theWorkbookHoldsTheMessagesMaskedAndTheFigures() throws Exception {
		var citizen = new PublicClient(port);
		var title = "=HYPERLINK(\"http://evil\",\"点我\")";
		var submitted = citizen.submit(citizen.message(PORTAL, "CONSULTATION", title, "导出测试内容", "欧阳小明", "13811112222"));
		assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
		var id = submitted.body().get("id").asString();

		var token = citizen.api().token("supervisor", "GovSite@2026");
		var response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/messages/export.xlsx?from=2026-01-01&to=2030-12-31"))
			.header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse(""))
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
			.contains("messages-2026-01-01-2030-12-31.xlsx");

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			var sheet = workbook.getSheet("留言明细");
			assertThat(sheet).isNotNull();
			var header = new ArrayList<String>();
			sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
			assertThat(header).containsExactlyElementsOf(MessageReports.EXPORT_HEADER);
			List<String> row = null;
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				if (sheet.getRow(r).getCell(0).getStringCellValue().equals(id)) {
					row = new ArrayList<>();
					for (var cell : sheet.getRow(r)) {
						assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
						row.add(cell.getStringCellValue());
					}
				}
			}
			assertThat(row).as("the message's row").isNotNull();
			assertThat(row.get(1)).isEqualTo("示例自治州人民政府门户网站");
			assertThat(row.get(3)).isEqualTo(title);
			assertThat(row.get(4)).isEqualTo("欧**");
			assertThat(row.get(5)).isEqualTo("138****2222");
			assertThat(row.get(6)).isEqualTo("待受理");

			var figures = workbook.getSheet("统计");
			assertThat(figures.getRow(0).getCell(1).getStringCellValue()).isEqualTo("全平台");
			assertThat(figures.getRow(3).getCell(0).getStringCellValue()).isEqualTo("收到");
			assertThat(figures.getRow(3).getCell(1).getNumericCellValue()).isGreaterThanOrEqualTo(1);
		}

		var reviewer = citizen.api().token("reviewer1", "GovSite@2026");
		var refused = citizen.page("/api/v1/messages/export.xlsx", reviewer);
		assertThat(refused.statusCode()).isEqualTo(403);
	}
}

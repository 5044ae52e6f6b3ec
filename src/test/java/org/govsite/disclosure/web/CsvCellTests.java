package org.govsite.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cell of the catalogue's CSV download is quoted and never read as a formula by a spreadsheet. */
class CsvCellTests {

	@Test
	void aCellIsQuotedAndNeverAFormula() {
		assertThat(PublicDisclosurePages.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(PublicDisclosurePages.cell("-1")).isEqualTo("\"'-1\"");
		assertThat(PublicDisclosurePages.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
		assertThat(PublicDisclosurePages.cell("关于印发《办法》的通知")).isEqualTo("\"关于印发《办法》的通知\"");
		assertThat(PublicDisclosurePages.cell(null)).isEmpty();
	}
}

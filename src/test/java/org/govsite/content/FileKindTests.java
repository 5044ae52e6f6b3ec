package org.govsite.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Security issue 8, item 12: the type of an attachment is read from its content — the ZIP and OLE2 containers by their
 * entries, not by strings in the bytes — and the download carries that type's extension, not the uploaded one.
 */
class FileKindTests {

	static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.ISO_8859_1);

	@TempDir Path dir;

	@Test
	void aPdfIsAPdfWhateverItsName() throws IOException {
		assertThat(sniff(PDF)).contains(FileKind.PDF);
		assertThat(FileKind.PDF.nameFor("x.html")).isEqualTo("x.pdf");
		assertThat(FileKind.PDF.nameFor("关于2026年度自查的通知.exe")).isEqualTo("关于2026年度自查的通知.pdf");
		assertThat(FileKind.PDF.nameFor("报告.PDF")).isEqualTo("报告.PDF");
		assertThat(FileKind.PDF.nameFor("无扩展名")).isEqualTo("无扩展名.pdf");
		assertThat(FileKind.JPEG.nameFor("照片.jpeg")).isEqualTo("照片.jpeg");
		assertThat(FileKind.PNG.nameFor("照片.svg")).isEqualTo("照片.png");
	}

	@Test
	void officeOpenXmlIsToldApartByItsPackageParts() throws IOException {
		assertThat(sniff(zip("[Content_Types].xml", "word/document.xml", "word/styles.xml"))).contains(FileKind.DOCX);
		assertThat(sniff(zip("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"))).contains(FileKind.XLSX);
		assertThat(sniff(zip("[Content_Types].xml", "ppt/presentation.xml", "ppt/slides/slide1.xml"))).contains(FileKind.PPTX);
		assertThat(sniff(zip("OFD.xml", "Doc_0/Document.xml"))).contains(FileKind.OFD);
		assertThat(FileKind.DOCX.nameFor("方案.html")).isEqualTo("方案.docx");
	}

	@Test
	void aZipThatOnlyMentionsOfficeNamesIsAPlainZip() throws IOException {
		// the bytes contain "word/document.xml" and "xl/" (as an entry's content and a longer name), but no such parts
		var bytes = zip(entry("readme.txt", "see word/document.xml and xl/workbook.xml"), entry("myword/document.xml", ""),
				entry("[Content_Types].xml", "<Types/>"));
		assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("word/document.xml", "xl/");
		assertThat(sniff(bytes)).contains(FileKind.ZIP);
		// the package parts without [Content_Types].xml are no Office document either
		assertThat(sniff(zip("word/document.xml"))).contains(FileKind.ZIP);
		assertThat(FileKind.ZIP.nameFor("资料.docx")).isEqualTo("资料.zip");
	}

	@Test
	void aBrokenZipAndHtmlAreRefused() throws IOException {
		assertThat(sniff("PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
		assertThat(sniff("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
	}

	@Test
	void binaryOfficeIsToldApartByItsCompoundFileEntries() throws IOException {
		var out = new ByteArrayOutputStream();
		try (var workbook = new HSSFWorkbook()) {
			workbook.createSheet("统计").createRow(0).createCell(0).setCellValue("访问量");
			workbook.write(out);
		}
		assertThat(sniff(out.toByteArray())).contains(FileKind.XLS);
		assertThat(FileKind.XLS.nameFor("统计表.doc")).isEqualTo("统计表.xls");
		assertThat(FileKind.OLE2.nameFor("公文.wps")).isEqualTo("公文.wps");
		assertThat(FileKind.OLE2.nameFor("公文.html")).isEqualTo("公文.bin");
	}

	@Test
	void aStoredMediaTypeGivesTheDownloadName() {
		var view = new AttachmentView(java.util.UUID.randomUUID(), new ArticleId(java.util.UUID.randomUUID()), "x.html",
				"application/pdf", 10, "0".repeat(64), "editor", java.time.Instant.now());
		assertThat(view.downloadName()).isEqualTo("x.pdf");
	}

	private Optional<FileKind> sniff(byte[] bytes) throws IOException {
		var file = Files.createTempFile(dir, "upload-", ".part");
		Files.write(file, bytes);
		return FileKind.sniff(file);
	}

	private static String[] entry(String name, String content) {
		return new String[] { name, content };
	}

	private static byte[] zip(String... names) throws IOException {
		var entries = new String[names.length][];
		for (int i = 0; i < names.length; i++) {
			entries[i] = entry(names[i], "<xml/>");
		}
		return zip(entries);
	}

	private static byte[] zip(String[]... entries) throws IOException {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			for (var entry : entries) {
				var stored = new ZipEntry(entry[0]);
				if (entry[0].equals("readme.txt")) {
					// stored, not deflated: its text lies in the bytes as it is
					var data = entry[1].getBytes(StandardCharsets.UTF_8);
					var crc = new java.util.zip.CRC32();
					crc.update(data);
					stored.setMethod(ZipEntry.STORED);
					stored.setSize(data.length);
					stored.setCrc(crc.getValue());
				}
				zip.putNextEntry(stored);
				zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}
}

package org.govsite.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govsite.database.DataDirectory;
import org.govsite.support.Api;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Attachments: type from content, never from the name; stored outside any web root; original name kept. */
@GovSiteTest
class AttachmentApiTests {

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;
	@Autowired DataDirectory dataDirectory;

	Api api;
	String editor;
	String article;

	@BeforeEach
	void article() {
		api = new Api(port);
		editor = api.token("editor", "GovSite@2026");
		var admin = api.token("admin", "GovSite@2026");
		var portal = api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(site -> "9901000001".equals(site.path("siteCode").asString())).findFirst().orElseThrow().get("id").asString();
		var column = api.get(admin, "/api/v1/sites/" + portal + "/columns").body().valueStream()
			.filter(c -> c.get("slug").asString().equals("tzgg")).findFirst().orElseThrow().get("id").asString();
		article = api.post(editor, "/api/v1/articles", new HashMap<>(Map.of("columnId", column, "title", "附件测试通知",
				"body", "<p>见附件。</p>"))).body().get("id").asString();
	}

	@Test
	void aPdfIsRecognisedByItsBytesAndDownloadsUnderItsOriginalName() throws Exception {
		var pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		var uploaded = upload("关于2026年度自查的通知.exe", "application/x-msdownload", pdf);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		assertThat(uploaded.body()).contains("\"mediaType\":\"application/pdf\"", "关于2026年度自查的通知.pdf")
			.doesNotContain(".exe");

		var stored = jdbc.sql("SELECT stored_name FROM article_attachment WHERE article_id = CAST(? AS UUID)").param(article)
			.query(String.class).single();
		assertThat(stored).matches("[0-9a-f]{32}");
		Path file = dataDirectory.resolve("attachments").resolve(stored);
		assertThat(Files.readAllBytes(file)).isEqualTo(pdf);

		var id = jdbc.sql("SELECT id FROM article_attachment WHERE article_id = CAST(? AS UUID)").param(article)
			.query(java.util.UUID.class).single();
		var download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/attachments/" + id))
			.header("Authorization", "Bearer " + editor).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", "filename*=UTF-8''");
		assertThat(download.body()).isEqualTo(pdf);
	}

	@Test
	void aPdfUploadedUnderAnHtmlNameDownloadsAsAPdf() throws Exception {
		var pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		var uploaded = upload("x.html", "text/html", pdf);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		var id = jdbc.sql("SELECT id FROM article_attachment WHERE article_id = CAST(? AS UUID)").param(article)
			.query(java.util.UUID.class).single();
		// a row stored before names followed the sniffed type is offered under the right extension all the same
		jdbc.sql("UPDATE article_attachment SET original_name = 'x.html' WHERE id = ?").param(id).update();
		var download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/attachments/" + id))
			.header("Authorization", "Bearer " + editor).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("x.pdf").doesNotContain("html");
	}

	@Test
	void aDocxIsRecognisedByItsPackageAndKeepsItsName() throws Exception {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
			for (var part : java.util.List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml")) {
				zip.putNextEntry(new java.util.zip.ZipEntry(part));
				zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		var uploaded = upload("工作方案.docx", "application/octet-stream", bytes.toByteArray());
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		assertThat(uploaded.body()).contains("\"mediaType\":\"application/vnd.openxmlformats-officedocument.wordprocessingml.document\"",
				"\"originalName\":\"工作方案.docx\"");
	}

	@Test
	void htmlDisguisedAsAPdfIsRefusedAndNothingIsKept() throws Exception {
		long before = jdbc.sql("SELECT count(*) FROM article_attachment").query(Long.class).single();
		var refused = upload("通知.pdf", "application/pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("附件「通知.pdf」的类型不受支持");
		assertThat(jdbc.sql("SELECT count(*) FROM article_attachment").query(Long.class).single()).isEqualTo(before);
		try (var files = Files.list(dataDirectory.resolve("attachments"))) {
			assertThat(files.filter(path -> path.getFileName().toString().startsWith("upload-"))).isEmpty();
		}
	}

	@Test
	void pathsInFileNamesAreDropped() {
		assertThat(Attachments.cleanName("..\\..\\etc/passwd")).isEqualTo("passwd");
		assertThat(Attachments.cleanName("C:\\Users\\王\\报告<1>.docx")).isEqualTo("报告1.docx");
	}

	@Test
	void attachmentsAreListedInTheEditorsOrderAndCanBeRemovedUntilTheArticleIsPublished() throws Exception {
		var pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		var png = java.util.Base64.getDecoder().decode(
				"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
		var first = id(upload("一.pdf", "application/pdf", pdf));
		var second = id(upload("二.png", "image/png", png));
		var third = id(upload("三.pdf", "application/pdf", pdf));
		assertThat(names()).containsExactly("一.pdf", "二.png", "三.pdf");

		var reordered = api.put(editor, "/api/v1/articles/" + article + "/attachments/order", Map.of("ids", List.of(third, first, second)));
		assertThat(reordered.status()).as(reordered.raw()).isEqualTo(200);
		assertThat(names()).containsExactly("三.pdf", "一.pdf", "二.png");
		var incomplete = api.put(editor, "/api/v1/articles/" + article + "/attachments/order", Map.of("ids", List.of(third, first)));
		assertThat(incomplete.status()).isEqualTo(422);
		assertThat(incomplete.detail()).isEqualTo("附件顺序须列出本文的每个附件各一次");
		assertThat(names()).containsExactly("三.pdf", "一.pdf", "二.png");

		var stored = jdbc.sql("SELECT stored_name FROM article_attachment WHERE id = CAST(? AS UUID)").param(first).query(String.class).single();
		assertThat(api.delete(editor, "/api/v1/attachments/" + first).status()).isEqualTo(204);
		assertThat(names()).containsExactly("三.pdf", "二.png");
		assertThat(dataDirectory.resolve("attachments").resolve(stored)).doesNotExist();
		assertThat(api.delete(api.token("responder", "GovSite@2026"), "/api/v1/attachments/" + second).status()).isEqualTo(403);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'ATTACHMENT_REMOVED' AND target_id = ?").param(article)
			.query(Long.class).single()).isEqualTo(1);

		// published: its files change only after 修改
		jdbc.sql("UPDATE article SET state = 'PUBLISHED' WHERE id = CAST(? AS UUID)").param(article).update();
		var refused = api.delete(editor, "/api/v1/attachments/" + second);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.detail()).isEqualTo("文章已发布，不能直接删除附件：请先「修改」文章（回到草稿，重新送审）");
		assertThat(upload("四.pdf", "application/pdf", pdf).statusCode()).isEqualTo(409);
	}

	private static String id(HttpResponse<String> uploaded) {
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		var matcher = java.util.regex.Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(uploaded.body());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private List<String> names() {
		return api.get(editor, "/api/v1/articles/" + article + "/attachments").body().valueStream()
			.map(a -> a.get("originalName").asString()).toList();
	}

	private HttpResponse<String> upload(String name, String type, byte[] bytes) throws Exception {
		var boundary = "govsite" + System.nanoTime();
		var body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
				+ "Content-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(bytes);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/articles/" + article + "/attachments"))
			.header("Authorization", "Bearer " + editor)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
	}
}

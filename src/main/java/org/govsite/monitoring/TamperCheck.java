package org.govsite.monitoring;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.govsite.monitoring.crawl.Fetch;
import org.govsite.publishing.PublishedFiles;
import org.govsite.site.SiteId;
import org.springframework.stereotype.Component;

/**
 * 网页防篡改 (Art. 18) for the sites GovSite publishes: every live file on disk against the publish manifest's SHA-256
 * (a changed, a deleted or an extra file), and every page the crawler fetched over HTTP against the same manifest (a
 * page changed between the disk and the reader: the web server, a proxy, a CDN). Each is a serious finding; restoring
 * is {@link Findings#restore}.
 */
@Component
class TamperCheck {

	static final String TAMPERED_FILE = "TAMPERED_FILE";
	static final String DELETED_FILE = "DELETED_FILE";
	static final String EXTRA_FILE = "EXTRA_FILE";
	static final String TAMPERED_RESPONSE = "TAMPERED_RESPONSE";

	/** The kinds a restore can mend. */
	static final Set<String> RESTORABLE = Set.of(TAMPERED_FILE, DELETED_FILE, EXTRA_FILE);

	private final PublishedFiles files;

	TamperCheck(PublishedFiles files) {
		this.files = files;
	}

	/** What the check saw on disk: whether GovSite publishes the site, how many files it compared, the findings. */
	record Outcome(boolean published, int filesChecked, List<FindingStore.Report> reports, Set<String> paths) {
	}

	/** A page fetched over HTTP that differs from the manifest while its path is known. */
	record Served(String path, FindingStore.Report report) {
	}

	/** Compares the site's files on disk with the manifest. */
	Outcome onDisk(SiteId site, URI home) {
		var verification = files.verify(site);
		if (!verification.built()) {
			return new Outcome(false, 0, List.of(), Set.of());
		}
		var reports = new ArrayList<FindingStore.Report>();
		var paths = new java.util.HashSet<String>();
		for (var d : verification.discrepancies()) {
			paths.add(d.path());
			reports.add(report(d, address(home, d.path())));
		}
		return new Outcome(true, verification.filesChecked(), reports, paths);
	}

	/** Compares one page fetched over HTTP with the manifest (pages GovSite did not publish are left alone). */
	java.util.Optional<Served> overHttp(SiteId site, Fetch fetch) {
		if (fetch.body() == null || fetch.status() != 200 || !utf8(fetch.contentType())) {
			return java.util.Optional.empty();
		}
		var path = files.pathOf(site, fetch.finalUrl());
		if (path.isEmpty()) {
			return java.util.Optional.empty();
		}
		var expected = files.expected(site, path.get());
		var actual = sha256(fetch.body().getBytes(StandardCharsets.UTF_8));
		if (expected.isEmpty() || expected.get().equals(actual)) {
			return java.util.Optional.empty();
		}
		var url = fetch.finalUrl().toString();
		return java.util.Optional.of(new Served(path.get(), new FindingStore.Report(Check.TAMPER, TAMPERED_RESPONSE,
				Severity.SERIOUS, true, url, url, List.of(url), 0, null, null, "内容不一致",
				"经 HTTP 访问的页面 " + path.get() + " 与发布版本不一致（SHA-256 应为 " + shortHash(expected.get()) + "，实为 "
						+ shortHash(actual) + "）：页面在服务器与读者之间被改动（网站服务器、代理或 CDN）",
				"检查网站服务器配置、代理和 CDN，清除缓存")));
	}

	/** The finding of one file that differs from the manifest. */
	static FindingStore.Report report(PublishedFiles.Discrepancy d, URI url) {
		var address = url.toString();
		return switch (d.difference()) {
			case MODIFIED -> new FindingStore.Report(Check.TAMPER, TAMPERED_FILE, Severity.SERIOUS, true, address, address,
					List.of(address), 0, null, null, "文件被改动",
					"文件 " + d.path() + " 与发布版本不一致（SHA-256 应为 " + shortHash(d.expected()) + "，实为 " + shortHash(d.actual())
							+ "）",
					"一键恢复为发布版本，并排查服务器入侵途径");
			case MISSING -> new FindingStore.Report(Check.TAMPER, DELETED_FILE, Severity.SERIOUS, true, address, address,
					List.of(address), 0, null, null, "文件被删除", "已发布的文件 " + d.path() + " 不在服务器上",
					"一键恢复为发布版本，并排查服务器入侵途径");
			case EXTRA -> new FindingStore.Report(Check.TAMPER, EXTRA_FILE, Severity.SERIOUS, true, address, address,
					List.of(address), 0, null, null, "多出文件",
					"服务器上的文件 " + d.path() + " 不是平台发布的（SHA-256 " + shortHash(d.actual()) + "），可能是被植入的网页或后门",
					"一键移除（原文件留存于隔离区备查），并排查服务器入侵途径");
		};
	}

	/** The public address of a path inside the site mounted at {@code home}. */
	static URI address(URI home, String path) {
		var encoded = new StringBuilder();
		for (var segment : path.split("/")) {
			if (!encoded.isEmpty()) {
				encoded.append('/');
			}
			encoded.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
		}
		var base = home.toString().endsWith("/") ? home : URI.create(home + "/");
		return base.resolve(encoded.toString());
	}

	private static boolean utf8(String contentType) {
		var type = contentType.toLowerCase(Locale.ROOT);
		return type.contains("html") && (!type.contains("charset") || type.contains("utf-8"));
	}

	private static String shortHash(@org.jspecify.annotations.Nullable String hash) {
		return hash == null ? "—" : hash.substring(0, 12) + "…";
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

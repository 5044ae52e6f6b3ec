package org.govsite.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The published files against their manifest (网页防篡改, Art. 18): what is on disk that GovSite did not publish, what
 * it published that is gone or changed, and putting the published version back. Each file's bytes are kept in the
 * vault when published ({@link PublishStore#keep}); files published before the vault existed are copied into it the
 * first time a verification finds them intact.
 */
@Service
public class PublishedFiles {

	/** How a live file differs from the manifest. */
	public enum Difference {
		/** 被篡改: on disk with other bytes than were published. */
		MODIFIED,
		/** 被删除: published, no longer on disk. */
		MISSING,
		/** 多出文件: on disk, never published (a web shell, a planted page). */
		EXTRA
	}

	/**
	 * One file that does not match the manifest.
	 *
	 * @param path the path inside the site ({@code index.html}, {@code zwgk/a.html})
	 * @param expected the SHA-256 the manifest records, null for an extra file
	 * @param actual the SHA-256 on disk, null for a missing file
	 */
	public record Discrepancy(String path, Difference difference, @Nullable String expected, @Nullable String actual) {
	}

	/** What a verification of one site saw. */
	public record Verification(boolean built, int filesChecked, List<Discrepancy> discrepancies) {
	}

	/** What a restore did. */
	public record Restored(String path, Difference difference, String sentence) {
	}

	private final PublishStore store;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	PublishedFiles(PublishStore store, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.store = store;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Compares every file of the site's live directory with the manifest; an unbuilt site has nothing to compare. */
	public Verification verify(SiteId site) {
		var key = store.keyOf(site);
		if (key.isEmpty() || !store.isBuilt(site)) {
			return new Verification(false, 0, List.of());
		}
		var manifest = manifest(site);
		var root = liveRoot(key.get());
		var discrepancies = new ArrayList<Discrepancy>();
		var seen = new java.util.HashSet<String>();
		int checked = 0;
		try (Stream<Path> files = Files.walk(root)) {
			for (var file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
				var path = root.relativize(file).toString().replace('\\', '/');
				if (inFlight(file)) {
					continue;
				}
				checked++;
				var expected = manifest.get(Precompressed.isSibling(path) && manifest.containsKey(Precompressed.pageOf(path))
						? Precompressed.pageOf(path) : path);
				var actual = hash(file, path, manifest::containsKey);
				if (expected == null) {
					discrepancies.add(new Discrepancy(path, Difference.EXTRA, null, actual));
					continue;
				}
				seen.add(path);
				if (!expected.equals(actual)) {
					discrepancies.add(new Discrepancy(path, Difference.MODIFIED, expected, actual));
				}
				else if (!Files.exists(store.vaultFile(expected))) {
					store.keep(expected, Files.readAllBytes(file));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		manifest.forEach((path, expected) -> {
			if (!seen.contains(path)) {
				discrepancies.add(new Discrepancy(path, Difference.MISSING, expected, null));
			}
		});
		discrepancies.sort(java.util.Comparator.comparing(Discrepancy::path));
		return new Verification(true, checked, discrepancies);
	}

	/** How one file of the site differs from the manifest; empty when it matches (or is neither published nor there). */
	public Optional<Discrepancy> check(SiteId site, String path) {
		var key = store.keyOf(site);
		if (key.isEmpty() || !ServedSites.isSafe(path) || path.isEmpty()) {
			return Optional.empty();
		}
		var file = PublishStore.resolve(liveRoot(key.get()), path);
		var expected = expected(site, path).orElse(null);
		try {
			var actual = Files.isRegularFile(file) ? hash(file, path, page -> expected(site, page).isPresent()) : null;
			if (expected == null) {
				return actual == null ? Optional.empty() : Optional.of(new Discrepancy(path, Difference.EXTRA, null, actual));
			}
			if (actual == null) {
				return Optional.of(new Discrepancy(path, Difference.MISSING, expected, null));
			}
			return expected.equals(actual) ? Optional.empty()
					: Optional.of(new Discrepancy(path, Difference.MODIFIED, expected, actual));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Where a file of the site lives on this node's disk (for the evidence of a finding, and for operators). */
	public Optional<Path> location(SiteId site, String path) {
		return store.keyOf(site).filter(k -> ServedSites.isSafe(path) && !path.isEmpty())
			.map(k -> PublishStore.resolve(liveRoot(k), path));
	}

	/**
	 * The SHA-256 the manifest records for a path of the site; for a pre-compressed sibling of a published page, the
	 * page's (what the sibling must decompress to).
	 */
	public Optional<String> expected(SiteId site, String path) {
		var recorded = jdbc.sql("SELECT sha256 FROM publish_manifest WHERE site_id = ? AND path = ?")
			.params(site.value(), path).query(String.class).optional();
		return recorded.isPresent() || !Precompressed.isSibling(path) ? recorded : expected(site, Precompressed.pageOf(path));
	}

	/**
	 * The hash a file is judged by: its bytes' SHA-256, or — for the pre-compressed sibling of a published page — that of
	 * its decompressed bytes (a sibling that is not gzip at all gets a hash nothing matches).
	 */
	private static String hash(Path file, String path, java.util.function.Predicate<String> published) throws IOException {
		if (!Precompressed.isSibling(path) || !published.test(Precompressed.pageOf(path))) {
			return hash(file);
		}
		var content = Precompressed.gunzip(Files.readAllBytes(file));
		return content == null ? "not-gzip:" + hash(file) : PublishStore.sha256(content);
	}

	/**
	 * The path inside the site a public address stands for: {@code /sites/<key>/a/b.html} or, on the site's own
	 * domain, {@code /a/b.html}; a directory stands for its {@code index.html}. Empty when the address is not one of
	 * the site's.
	 */
	public Optional<String> pathOf(SiteId site, URI address) {
		var key = store.keyOf(site);
		if (key.isEmpty() || address.getRawPath() == null) {
			return Optional.empty();
		}
		var path = java.net.URLDecoder.decode(address.getRawPath().replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
		var mount = "/sites/" + key.get() + "/";
		if (path.startsWith(mount)) {
			path = path.substring(mount.length());
		}
		else if (path.startsWith("/")) {
			path = path.substring(1);
		}
		if (path.isEmpty() || path.endsWith("/")) {
			path = path + "index.html";
		}
		return ServedSites.isSafe(path) ? Optional.of(path) : Optional.empty();
	}

	/**
	 * Puts the published version of one file back (a changed or deleted file) or takes away a file GovSite never
	 * published (kept aside, with the time, for the investigation); audited. Refuses when nothing is wrong with the
	 * file or the vault has no copy of its published bytes.
	 */
	public Restored restore(SiteId site, String path, String siteName) {
		var key = store.keyOf(site).orElseThrow(() -> Refusal.invalid("该网站尚未发布，没有可恢复的文件"));
		if (!ServedSites.isSafe(path) || path.isEmpty()) {
			throw Refusal.invalid("文件路径不正确：" + path);
		}
		var root = liveRoot(key);
		var file = PublishStore.resolve(root, path);
		var expected = expected(site, path);
		try {
			if (expected.isEmpty()) {
				if (!Files.isRegularFile(file)) {
					throw Refusal.conflict("文件 " + path + " 已不存在，无需处理");
				}
				var aside = store.vault().resolveSibling(store.root().getFileName() + "-quarantine").resolve(key)
					.resolve(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(clock.instant().atZone(BeijingTime.ZONE)))
					.resolve(path);
				Files.createDirectories(aside.getParent());
				Files.move(file, aside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				var sentence = "已移除未经发布的文件 " + path + "（原文件留存于隔离区备查）";
				audit.record(AuditRecord.of("PUBLISHED_FILE_RESTORED", "site", site.value(), sentence));
				return new Restored(path, Difference.EXTRA, sentence);
			}
			var hash = expected.get();
			var difference = !Files.isRegularFile(file) ? Difference.MISSING
					: hash.equals(hash(file, path, page -> expected(site, page).isPresent())) ? null : Difference.MODIFIED;
			if (difference == null) {
				throw Refusal.conflict("文件 " + path + " 与发布版本一致，无需恢复");
			}
			var kept = store.vaultFile(hash);
			if (!Files.isRegularFile(kept)) {
				throw Refusal.conflict("没有文件 " + path + " 发布时的副本，无法一键恢复，请重新发布该网站");
			}
			var content = Files.readAllBytes(kept);
			if (!hash.equals(PublishStore.sha256(content))) {
				throw Refusal.conflict("文件 " + path + " 发布时的副本已损坏，无法一键恢复，请重新发布该网站");
			}
			var sibling = Precompressed.isSibling(path) && expected(site, Precompressed.pageOf(path)).isPresent();
			PublishStore.writeAtomically(file, sibling ? Precompressed.gzip(content) : content);
			var sentence = (difference == Difference.MISSING ? "已恢复被删除的文件 " : "已将被篡改的文件恢复为发布版本 ") + path;
			audit.record(AuditRecord.of("PUBLISHED_FILE_RESTORED", "site", site.value(), sentence + "（SHA-256 " + hash + "）"));
			return new Restored(path, difference, sentence);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Path liveRoot(String key) {
		try {
			return store.live(key).toRealPath();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Map<String, String> manifest(SiteId site) {
		var manifest = new HashMap<String, String>();
		jdbc.sql("SELECT path, sha256 FROM publish_manifest WHERE site_id = ?").param(site.value())
			.query(rs -> {
				manifest.put(rs.getString(1), rs.getString(2));
			});
		return manifest;
	}

	/** A temporary file of a write under way ({@code .name.123.tmp}), younger than a minute. */
	private boolean inFlight(Path file) throws IOException {
		var name = file.getFileName().toString();
		return name.startsWith(".") && name.endsWith(".tmp")
				&& Files.getLastModifiedTime(file).toInstant().isAfter(clock.instant().minusSeconds(60));
	}

	static String hash(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			var digest = (DigestInputStream) in;
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(digest.getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

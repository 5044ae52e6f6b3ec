package org.govsite.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The published files and their manifest. Every file is written to a temporary file in its directory and renamed over
 * the old one atomically. A site's key in the publish directory is a symbolic link to its live directory
 * ({@code <key>.<run>}); a full rebuild fills a new directory and then replaces the link with an atomic rename, in the
 * same transaction that replaces the manifest. The database is the truth: {@link #reconcile()} points a link back at the
 * directory the database names if a crash came between the two.
 */
@Component
class PublishStore {

	private static final Logger log = LoggerFactory.getLogger(PublishStore.class);

	private final PublishingSettings settings;
	private final JdbcClient jdbc;
	private final TransactionTemplate tx;
	private final Clock clock;

	PublishStore(PublishingSettings settings, JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.tx = tx;
		this.clock = clock;
	}

	Path root() {
		return settings.root;
	}

	/**
	 * The vault: every published file's bytes kept by SHA-256 beside the publish directory (never served), so that a
	 * tampered or deleted file can be put back exactly as it was published.
	 */
	Path vault() {
		return settings.root.resolveSibling(settings.root.getFileName() + "-vault");
	}

	/** Where the vault keeps the bytes of this hash. */
	Path vaultFile(String hash) {
		return vault().resolve(hash.substring(0, 2)).resolve(hash);
	}

	/** Keeps a copy of published bytes in the vault unless it is there already. */
	void keep(String hash, byte[] content) {
		var file = vaultFile(hash);
		if (!Files.exists(file)) {
			writeAtomically(file, content);
		}
	}

	/** The link through which the live site is reached. */
	Path live(String key) {
		return settings.root.resolve(key);
	}

	/** Whether the site has been built (it has a live directory). */
	boolean isBuilt(SiteId site) {
		return jdbc.sql("SELECT count(*) FROM publish_site WHERE site_id = ?").param(site.value()).query(Long.class).single() > 0
				&& Files.isDirectory(live(keyOf(site).orElse("-")));
	}

	Optional<String> keyOf(SiteId site) {
		return jdbc.sql("SELECT site_key FROM publish_site WHERE site_id = ?").param(site.value()).query(String.class).optional();
	}

	/** A new, empty directory for a full rebuild. */
	Path newRunDirectory(String key, UUID run) {
		try {
			Files.createDirectories(settings.root);
			var dir = settings.root.resolve(key + "." + run);
			if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
				// a node died in the middle of this run and another took its job over: start the run afresh
				log.warn("Run directory {} was left by an interrupted attempt of the same run: removed", dir);
				deleteTree(dir);
			}
			Files.createDirectory(dir);
			return dir;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Writes one file of the live site atomically and records it in the manifest; an unchanged file (same hash, still on
	 * disk) is left alone. Returns whether it was written.
	 */
	boolean writeLive(SiteId site, String key, String path, byte[] content) {
		var target = resolve(live(key), path);
		var hash = sha256(content);
		var known = jdbc.sql("SELECT sha256 FROM publish_manifest WHERE site_id = ? AND path = ?")
			.params(site.value(), path).query(String.class).optional();
		if (known.isPresent() && known.get().equals(hash) && Files.exists(target)) {
			return false;
		}
		keep(hash, content);
		writeWithSibling(target, path, content, PublishStore::writeAtomically);
		jdbc.sql("""
				INSERT INTO publish_manifest (site_id, path, sha256, size_bytes, published_at) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (site_id, path) DO UPDATE SET sha256 = excluded.sha256, size_bytes = excluded.size_bytes,
				    published_at = excluded.published_at
				""").params(site.value(), path, hash, content.length, Timestamp.from(Instant.now(clock))).update();
		return true;
	}

	/** The files of one full rebuild, written into its new directory as they come ({@link Staging}). */
	Staging staging(UUID run, Path dir) {
		return new Staging(run, dir);
	}

	/**
	 * Writes the files of one full rebuild into its new directory, from any number of threads, and stages their manifest
	 * rows in batches (one statement per {@value #STAGE_BATCH} files instead of one per file). {@link #flush} before the
	 * switch.
	 */
	final class Staging {

		private final UUID run;
		private final Path dir;
		private final java.util.List<Object[]> rows = new java.util.ArrayList<>();
		private final java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();

		private Staging(UUID run, Path dir) {
			this.run = run;
			this.dir = dir;
		}

		/** Writes one file; returns how many this staging has written so far. */
		int write(String path, byte[] content) {
			var hash = sha256(content);
			keep(hash, content);
			// nothing serves a run's directory before the switch: written in place, not through a temporary name
			writeWithSibling(resolve(dir, path), path, content, PublishStore::writeInPlace);
			java.util.List<Object[]> full = null;
			synchronized (rows) {
				rows.add(new Object[] { run, path, hash, content.length, Timestamp.from(Instant.now(clock)) });
				if (rows.size() >= STAGE_BATCH) {
					full = new java.util.ArrayList<>(rows);
					rows.clear();
				}
			}
			if (full != null) {
				insert(full);
			}
			return written.incrementAndGet();
		}

		/** Stages the rows still held. */
		void flush() {
			java.util.List<Object[]> rest;
			synchronized (rows) {
				rest = new java.util.ArrayList<>(rows);
				rows.clear();
			}
			insert(rest);
		}

		int written() {
			return written.get();
		}

		private void insert(java.util.List<Object[]> batch) {
			if (batch.isEmpty()) {
				return;
			}
			var values = String.join(", ", java.util.Collections.nCopies(batch.size(), "(?, ?, ?, ?, ?)"));
			var params = new java.util.ArrayList<Object>(batch.size() * 5);
			batch.forEach(row -> params.addAll(java.util.Arrays.asList(row)));
			jdbc.sql("INSERT INTO publish_manifest_staging (run_id, path, sha256, size_bytes, published_at) VALUES " + values
					+ " ON CONFLICT (run_id, path) DO UPDATE SET sha256 = excluded.sha256, size_bytes = excluded.size_bytes")
				.params(params).update();
		}
	}

	private static final int STAGE_BATCH = 500;

	/** Removes a page of the live site and its manifest row. */
	void deleteLive(SiteId site, String key, String path) {
		try {
			var target = resolve(live(key), path);
			Files.deleteIfExists(target);
			Files.deleteIfExists(target.resolveSibling(target.getFileName() + Precompressed.SUFFIX));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		jdbc.sql("DELETE FROM publish_manifest WHERE site_id = ? AND path = ?").params(site.value(), path).update();
	}

	/** Manifest paths of a site starting with a prefix. */
	List<String> manifestPaths(SiteId site, String prefix) {
		return jdbc.sql("SELECT path FROM publish_manifest WHERE site_id = ? AND starts_with(path, ?)")
			.params(site.value(), prefix).query(String.class).list();
	}

	/**
	 * Makes a rebuilt directory live: in one transaction the manifest is replaced by the staged one and the live
	 * directory recorded, and, before it commits, the link is replaced by an atomic rename. The old directory is then
	 * removed.
	 */
	void switchTo(SiteId site, String key, UUID run, Path dir, Runnable alsoInTransaction) {
		var link = live(key);
		var previous = currentTarget(link);
		tx.executeWithoutResult(status -> {
			jdbc.sql("DELETE FROM publish_manifest WHERE site_id = ?").param(site.value()).update();
			jdbc.sql("""
					INSERT INTO publish_manifest (site_id, path, sha256, size_bytes, published_at)
					SELECT ?, path, sha256, size_bytes, published_at FROM publish_manifest_staging WHERE run_id = ?
					""").params(site.value(), run).update();
			jdbc.sql("DELETE FROM publish_manifest_staging WHERE run_id = ?").param(run).update();
			jdbc.sql("""
					INSERT INTO publish_site (site_id, site_key, live_dir, updated_at) VALUES (?, ?, ?, ?)
					ON CONFLICT (site_id) DO UPDATE SET site_key = excluded.site_key, live_dir = excluded.live_dir,
					    updated_at = excluded.updated_at
					""").params(site.value(), key, dir.getFileName().toString(), Timestamp.from(Instant.now(clock))).update();
			alsoInTransaction.run();
			pointLink(link, dir.getFileName().toString());
		});
		if (previous != null && !previous.equals(dir.getFileName().toString())) {
			deleteTree(settings.root.resolve(previous));
		}
	}

	/** Drops what a failed rebuild left behind. */
	void discard(UUID run, Path dir) {
		deleteTree(dir);
		jdbc.sql("DELETE FROM publish_manifest_staging WHERE run_id = ?").param(run).update();
	}

	/**
	 * At start-up: every link points at the directory the database names, and directories of rebuilds that never went
	 * live are removed.
	 */
	void reconcile() {
		if (!Files.isDirectory(settings.root)) {
			return;
		}
		var liveDirs = jdbc.sql("SELECT site_key, live_dir FROM publish_site").query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list();
		var keep = new java.util.HashSet<String>();
		for (var row : liveDirs) {
			keep.add(row[1]);
			var link = live(row[0]);
			if (Files.isDirectory(settings.root.resolve(row[1])) && !row[1].equals(currentTarget(link))) {
				log.warn("Publish link {} did not point at its live directory {}: switched back", link, row[1]);
				pointLink(link, row[1]);
			}
		}
		try (Stream<Path> entries = Files.list(settings.root)) {
			entries.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
				.filter(p -> !keep.contains(p.getFileName().toString()))
				.filter(p -> p.getFileName().toString().matches(".+\\.[0-9a-f-]{36}"))
				.filter(p -> isRunFinished(p.getFileName().toString()))
				.forEach(PublishStore::deleteTree);
		}
		catch (IOException e) {
			log.warn("Cannot list {}: {}", settings.root, e.getMessage());
		}
	}

	private boolean isRunFinished(String dirName) {
		var run = UUID.fromString(dirName.substring(dirName.length() - 36));
		return jdbc.sql("SELECT count(*) FROM publish_run WHERE id = ? AND status IN ('QUEUED', 'RUNNING')")
			.param(run).query(Long.class).single() == 0;
	}

	private @Nullable String currentTarget(Path link) {
		try {
			return Files.isSymbolicLink(link) ? Files.readSymbolicLink(link).toString() : null;
		}
		catch (IOException e) {
			return null;
		}
	}

	private void pointLink(Path link, String target) {
		var temporary = link.resolveSibling("." + link.getFileName() + ".link-" + UUID.randomUUID());
		try {
			Files.createSymbolicLink(temporary, Path.of(target));
			Files.move(temporary, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (FileAlreadyExistsException e) {
			throw new IllegalStateException("Cannot replace " + link + ": it is not a link", e);
		}
		catch (IOException e) {
			try {
				Files.deleteIfExists(temporary);
			}
			catch (IOException ignored) {
				// nothing more to do
			}
			throw new UncheckedIOException(e);
		}
	}

	/** A path of a page inside a site directory; refuses anything that would leave it. */
	static Path resolve(Path dir, String path) {
		if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")) {
			throw new IllegalArgumentException("Not a page path: " + path);
		}
		for (var segment : path.split("/")) {
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
				throw new IllegalArgumentException("Not a page path: " + path);
			}
		}
		var resolved = dir.resolve(path).normalize();
		if (!resolved.startsWith(dir)) {
			throw new IllegalArgumentException("Not a page path: " + path);
		}
		return resolved;
	}

	/**
	 * Writes the file and, for text, its pre-compressed sibling ({@link Precompressed}) — the sibling after the page, so
	 * that a sibling never looks newer than a page it does not match (the servers take a sibling only when it is not
	 * older than its page).
	 */
	static void writeWithSibling(Path target, String path, byte[] content, java.util.function.BiConsumer<Path, byte[]> write) {
		var sibling = target.resolveSibling(target.getFileName() + Precompressed.SUFFIX);
		write.accept(target, content);
		if (Precompressed.wanted(path, content.length)) {
			write.accept(sibling, Precompressed.gzip(content));
		}
		else {
			try {
				Files.deleteIfExists(sibling);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	static void writeAtomically(Path target, byte[] content) {
		try {
			Files.createDirectories(target.getParent());
			// a fresh name beside the target (nodes sharing the directory never pick the same one), renamed over it
			var temporary = target.resolveSibling("." + target.getFileName() + "."
					+ Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".tmp");
			boolean moved = false;
			try {
				try (var out = Files.newOutputStream(temporary, java.nio.file.StandardOpenOption.CREATE_NEW,
						java.nio.file.StandardOpenOption.WRITE)) {
					out.write(content);
				}
				// published pages must be readable by the web server, whatever the process's umask
				if (POSIX) {
					Files.setPosixFilePermissions(temporary, READABLE);
				}
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				moved = true;
			}
			finally {
				if (!moved) {
					Files.deleteIfExists(temporary);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes the file where it is (created or truncated): for a directory nothing reads yet. */
	static void writeInPlace(Path target, byte[] content) {
		try {
			Files.createDirectories(target.getParent());
			try (var out = Files.newOutputStream(target)) {
				out.write(content);
			}
			if (POSIX) {
				Files.setPosixFilePermissions(target, READABLE);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static final boolean POSIX = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> READABLE =
			java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static void deleteTree(Path dir) {
		if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.deleteIfExists(p);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		catch (IOException | UncheckedIOException e) {
			LoggerFactory.getLogger(PublishStore.class).warn("Cannot remove {}: {}", dir, e.getMessage());
		}
	}
}

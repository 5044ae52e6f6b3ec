package org.govsite.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Properties;

import org.govsite.database.DataDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Anchors the head of the audit chain (its last sequence number and MAC) outside the table: a signed anchor file in
 * the data directory ({@code govsite.audit.anchor-file}) and a line on the log category {@code govsite.audit.anchor}
 * (route it to syslog or a remote collector in the logging configuration). {@link AuditTrail#verify()} checks the
 * table against the last anchor, so deleting the newest entries (truncating the tail) is named, not missed.
 */
@Component
class AuditAnchors {

	private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);
	private static final Logger anchorLog = LoggerFactory.getLogger("govsite.audit.anchor");

	/** A written anchor: the chain's head when it was written. */
	record Anchor(long seq, String hash, Instant at, boolean authentic) {
	}

	private final JdbcClient jdbc;
	private final AuditKey key;
	private final Clock clock;
	private final Path file;
	private final boolean logLine;

	AuditAnchors(JdbcClient jdbc, AuditKey key, Clock clock, DataDirectory dataDirectory,
			@Value("${govsite.audit.anchor-file:}") String anchorFile,
			@Value("${govsite.audit.anchor-log:true}") boolean logLine) {
		this.jdbc = jdbc;
		this.key = key;
		this.clock = clock;
		this.file = anchorFile.isBlank() ? dataDirectory.resolve("audit-anchor.properties") : Path.of(anchorFile);
		this.logLine = logLine;
	}

	/** Writes the current head as the new anchor (when it moved on); runs every {@code govsite.audit.anchor-interval}. */
	@Scheduled(fixedDelayString = "${govsite.audit.anchor-interval:PT1M}", initialDelayString = "${govsite.audit.anchor-interval:PT1M}")
	synchronized void anchor() {
		var head = jdbc.sql("SELECT seq, hash FROM audit_entry WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.optional();
		if (head.isEmpty()) {
			return;
		}
		long seq = (Long) head.get()[0];
		var hash = (String) head.get()[1];
		var last = read();
		if (last != null && last.authentic() && last.seq() >= seq) {
			return;
		}
		var at = Instant.now(clock);
		var properties = new Properties();
		properties.setProperty("seq", Long.toString(seq));
		properties.setProperty("hash", hash);
		properties.setProperty("at", at.toString());
		properties.setProperty("mac", key.mac(signed(seq, hash, at)));
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			var temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "audit-anchor", ".tmp");
			try (var out = Files.newBufferedWriter(temporary)) {
				properties.store(out, "GovSite audit chain anchor: do not edit");
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			log.error("Cannot write the audit anchor {}: {}", file, e.getMessage());
		}
		if (logLine) {
			anchorLog.info("AUDIT-ANCHOR seq={} hash={} at={} mac={}", seq, hash, at, properties.getProperty("mac"));
		}
	}

	/** The last anchor written, or null when there is none yet. */
	@Nullable Anchor read() {
		if (!Files.exists(file)) {
			return null;
		}
		var properties = new Properties();
		try (var in = Files.newBufferedReader(file)) {
			properties.load(in);
			long seq = Long.parseLong(properties.getProperty("seq", "0"));
			var hash = properties.getProperty("hash", "");
			var at = Instant.parse(properties.getProperty("at", "1970-01-01T00:00:00Z"));
			boolean authentic = key.mac(signed(seq, hash, at)).equals(properties.getProperty("mac"));
			return new Anchor(seq, hash, at, authentic);
		}
		catch (IOException | RuntimeException e) {
			return new Anchor(0, "", Instant.EPOCH, false);
		}
	}

	private static String signed(long seq, String hash, Instant at) {
		return "govsite-audit-anchor|" + seq + "|" + hash + "|" + at;
	}
}

package org.govsite.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.govsite.database.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secret that keys the audit chain (HMAC-SHA256). It never lives in the database, so whoever can write the audit
 * table (even a database superuser) cannot recompute the chain. Taken from {@code govsite.audit.key} (Base64, at
 * least 32 bytes), else from the file {@code govsite.audit.key-file}, else from {@code <data-dir>/audit.key}, which is
 * generated on first start with permissions 0600.
 */
@Component
class AuditKey {

	private static final Logger log = LoggerFactory.getLogger(AuditKey.class);

	private final byte[] key;

	AuditKey(DataDirectory dataDirectory, @Value("${govsite.audit.key:}") String configured,
			@Value("${govsite.audit.key-file:}") String keyFile) {
		this.key = load(configured, keyFile.isBlank() ? dataDirectory.resolve("audit.key") : Path.of(keyFile));
	}

	String mac(String text) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] load(String configured, Path file) {
		if (!configured.isBlank()) {
			return atLeast32(Base64.getDecoder().decode(configured.strip()), "govsite.audit.key");
		}
		try {
			if (Files.exists(file)) {
				return atLeast32(Base64.getDecoder().decode(Files.readString(file).strip()), file.toString());
			}
			var fresh = new byte[32];
			new SecureRandom().nextBytes(fresh);
			Files.createDirectories(file.toAbsolutePath().getParent());
			try {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			catch (UnsupportedOperationException notPosix) {
				Files.createFile(file);
			}
			Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.TRUNCATE_EXISTING);
			log.warn("Generated the audit chain key {} (keep a copy outside this machine: without it the audit trail "
					+ "cannot be verified)", file);
			return fresh;
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot read or create the audit key " + file + ": " + e.getMessage(), e);
		}
	}

	private static byte[] atLeast32(byte[] key, String source) {
		if (key.length < 32) {
			throw new IllegalStateException("The audit key from " + source + " is shorter than 32 bytes");
		}
		return key;
	}

}

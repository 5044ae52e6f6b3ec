package org.govsite.database;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;

import javax.sql.DataSource;

/**
 * The least-privilege login the application runs as ({@code govsite_app}): it may read and write rows, owns no
 * table and is no superuser, so neither it nor an attacker speaking through it can disable the audit trail's
 * append-only triggers or alter the schema. Tables belong to the migration owner; {@code afterMigrate.sql} grants
 * {@code govsite_app} its rights after every migration and takes UPDATE, DELETE and TRUNCATE on the audit trail away.
 * In embedded mode the role is created here with a fresh random password on every start (nothing kept on disk); an
 * external database gets the same role from its administrator (see docs/operations.md).
 */
final class ApplicationRole {

	static final String NAME = "govsite_app";

	private static final SecureRandom RANDOM = new SecureRandom();

	private ApplicationRole() {
	}

	/** Creates or updates the role with a new password, returning the password. */
	static String ensure(DataSource superuser) {
		var secret = new byte[24];
		RANDOM.nextBytes(secret);
		var password = HexFormat.of().formatHex(secret);
		try (var connection = superuser.getConnection(); var statement = connection.createStatement()) {
			statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + NAME + "') THEN "
					+ "CREATE ROLE " + NAME + " LOGIN; END IF; END $$");
			// the password is hex, so it is safe inside the literal
			statement.execute("ALTER ROLE " + NAME + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
					+ "NOBYPASSRLS PASSWORD '" + password + "'");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not prepare the database role " + NAME, e);
		}
		return password;
	}
}

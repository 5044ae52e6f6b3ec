package org.govsite.iam;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * 等保: an account's last {@value PasswordPolicy#HISTORY} password hashes, the current one included, so that a new
 * password cannot go back to one of them. Only hashes are kept, and only that many.
 */
@Component
class PasswordHistory {

	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;

	PasswordHistory(JdbcClient jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	/** Whether the candidate is one of the account's last passwords. */
	boolean reused(UUID user, String candidate) {
		return jdbc.sql("SELECT password_hash FROM password_history WHERE app_user = ? ORDER BY id DESC LIMIT ?")
			.params(user, PasswordPolicy.HISTORY)
			.query(String.class)
			.list()
			.stream()
			.anyMatch(hash -> passwords.matches(candidate, hash));
	}

	/** Records a newly set password and forgets those beyond the last {@value PasswordPolicy#HISTORY}. */
	void remember(UUID user, String hash, Instant at) {
		jdbc.sql("INSERT INTO password_history (app_user, password_hash, set_at) VALUES (?, ?, ?)")
			.params(user, hash, Timestamp.from(at))
			.update();
		jdbc.sql("""
				DELETE FROM password_history WHERE app_user = ? AND id NOT IN (
				    SELECT id FROM password_history WHERE app_user = ? ORDER BY id DESC LIMIT ?)
				""")
			.params(user, user, PasswordPolicy.HISTORY)
			.update();
	}
}

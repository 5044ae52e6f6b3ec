package org.govsite.iam;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 等保 password rules: at least 10 characters, at most 72 bytes (BCrypt ignores the rest: refused, never silently
 * truncated), 3 of the 4 character classes, not the username, not a common or known-leaked password, and not the
 * demo password (which only demo accounts use). Changed at least every {@code govsite.iam.password-max-age} (see
 * {@link PasswordAge}), and none of the last {@value #HISTORY} passwords again (see {@link PasswordHistory}).
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;
	static final int MAX_BYTES = 72;
	/** How many of an account's passwords, the current one included, a new one may not repeat. */
	static final int HISTORY = 5;
	static final String REUSED = "新密码不能与最近 " + HISTORY + " 次使用过的密码相同";
	static final String DEMO_PASSWORD = "GovSite@2026";

	/**
	 * Common and known-leaked passwords that pass the class rules (compared case-insensitively): the top of the
	 * public breach corpora and the patterns Chinese government systems are sprayed with.
	 */
	private static final java.util.Set<String> COMMON = java.util.Set.of("password@123", "password123!", "p@ssw0rd123",
			"p@ssword123", "admin@12345", "admin@123456", "admin123456!", "qwer1234!@#$", "qwerty@1234", "1qaz@wsx3edc",
			"1qaz!qaz2wsx", "1qaz2wsx#edc", "zaq12wsx!@", "abc@1234567", "abcd@123456", "test@123456", "root@123456",
			"welcome@123", "welcome123!", "changeme@123", "huawei@1234", "huawei12#$", "admin@huawei", "sysadmin@123",
			"gov@123456", "zhengfu@123", "zhengwu@123", "china@123456", "beijing@2025", "beijing@2026", "a123456789!",
			"aa123456789!", "woaini@1314", "iloveyou@123", "p@55w0rd1234", "passw0rd!23", "govsite@2025",
			DEMO_PASSWORD.toLowerCase(Locale.ROOT));

	private PasswordPolicy() {
	}

	/** 等保 periodic change: a password set at {@code changedAt} is too old at {@code now} once {@code maxAge} has passed. */
	static boolean tooOld(Instant changedAt, Instant now, Duration maxAge) {
		return !changedAt.plus(maxAge).isAfter(now);
	}

	static List<String> check(String username, String password) {
		var reasons = new ArrayList<String>();
		if (password == null || password.length() < MIN_LENGTH) {
			reasons.add("密码长度不能少于 " + MIN_LENGTH + " 位");
			if (password == null) {
				return reasons;
			}
		}
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
			reasons.add("密码不能超过 " + MAX_BYTES + " 个字节（约 24 个汉字或 72 个英文字符）");
		}
		if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
			reasons.add(password.equals(DEMO_PASSWORD) ? "不能使用演示账号的公开密码" : "该密码过于常见或已在泄露的密码库中出现，请换一个");
		}
		int classes = 0;
		classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
		classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
		if (classes < 3) {
			reasons.add("密码须包含大写字母、小写字母、数字、特殊字符中的至少三类");
		}
		if (username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			reasons.add("密码不能包含用户名");
		}
		return reasons;
	}
}

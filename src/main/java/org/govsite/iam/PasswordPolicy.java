package org.govsite.iam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** 等保 password rules: at least 10 characters, 3 of the 4 character classes, not the username. */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	private PasswordPolicy() {
	}

	static List<String> check(String username, String password) {
		var reasons = new ArrayList<String>();
		if (password == null || password.length() < MIN_LENGTH) {
			reasons.add("密码长度不能少于 " + MIN_LENGTH + " 位");
			if (password == null) {
				return reasons;
			}
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

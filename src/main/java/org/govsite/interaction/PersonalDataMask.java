package org.govsite.interaction;

import java.util.regex.Pattern;

/**
 * Masks personal data before a message is published: the name keeps its first character and is masked to a fixed length (张三 → 张**, 欧阳娜娜 → 欧**), a mobile number
 * its first three and last four digits (138****1234), an ID number its first six and last four characters; mobile
 * and ID numbers typed inside a text are masked the same way. Public (read-only) so that the console can show
 * messages to readers who are not their responders without the citizen's personal data.
 */
public final class PersonalDataMask {

	private static final Pattern ID_18 = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");
	private static final Pattern ID_15 = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{5}(\\d{4})(?![0-9A-Za-z])");
	private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");

	private PersonalDataMask() {
	}

	public static String name(String name) {
		var trimmed = name.strip();
		if (trimmed.isEmpty()) {
			return "匿名";
		}
		int first = trimmed.offsetByCodePoints(0, 1);
		// a fixed length: the mask must not tell how long the name is (市******************* did)
		return trimmed.substring(0, first) + "**";
	}

	public static String mobile(String mobile) {
		return mobile.length() == 11 ? mobile.substring(0, 3) + "****" + mobile.substring(7) : "*".repeat(mobile.length());
	}

	/** An e-mail address: its first character and its domain (z***@example.cn). */
	public static String email(String email) {
		var at = email.lastIndexOf('@');
		if (at <= 0) {
			return "***";
		}
		return email.substring(0, email.offsetByCodePoints(0, 1)) + "***" + email.substring(at);
	}

	public static String text(String text) {
		var masked = ID_18.matcher(text).replaceAll("$1********$2");
		masked = ID_15.matcher(masked).replaceAll("$1*****$2");
		return MOBILE.matcher(masked).replaceAll("$1****$2");
	}
}

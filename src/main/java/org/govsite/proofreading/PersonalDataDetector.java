package org.govsite.proofreading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Finds unmasked personal data (隐私信息) in a text. Looks at maximal runs of digits (ASCII or full-width), so a number
 * inside a longer digit run is never reported:
 * <ul>
 * <li>18 characters (17 digits and a digit or X) passing {@link IdNumberRule}: an identity card number;</li>
 * <li>11 digits of the form {@code 1[3-9]\d{9}}: a mobile number;</li>
 * <li>16–19 digits, not starting with 0, passing {@link LuhnRule} (and not an identity card number): a bank card
 * number.</li>
 * </ul>
 * Numbers written with spaces or hyphens inside, and mobile numbers written with +86, are not recognised.
 */
final class PersonalDataDetector {

	private final Supplier<LocalDate> today;

	PersonalDataDetector(Supplier<LocalDate> today) {
		this.today = today;
	}

	List<Finding> check(String text) {
		var findings = new ArrayList<Finding>();
		var folded = MatchKey.of(text);
		int i = 0;
		while (i < folded.length()) {
			if (!digit(folded.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			while (i < folded.length() && digit(folded.charAt(i))) {
				i++;
			}
			int end = i;
			if (end - start == 17 && end < folded.length() && folded.charAt(end) == 'x'
					&& (end + 1 == folded.length() || !letterOrDigit(folded.charAt(end + 1)))) {
				end++;
				i++;
			}
			var kind = classify(folded.substring(start, end));
			if (kind != null) {
				var number = folded.substring(start, end).toUpperCase();
				var masked = kind.mask(number);
				findings.add(new Finding(start, end, text.substring(start, end), Severity.SERIOUS, Category.PRIVACY,
						masked, FindingMessages.forPersonalData(kind, masked)));
			}
		}
		return findings;
	}

	private @Nullable PersonalData classify(String number) {
		int length = number.length();
		if (length == 18 && IdNumberRule.valid(number, today.get())) {
			return PersonalData.ID_NUMBER;
		}
		if (length == 11 && number.charAt(0) == '1' && number.charAt(1) >= '3') {
			return PersonalData.MOBILE_NUMBER;
		}
		if (length >= 16 && length <= 19 && number.charAt(0) != '0' && number.charAt(length - 1) != 'x'
				&& LuhnRule.valid(number)) {
			return PersonalData.BANK_CARD_NUMBER;
		}
		return null;
	}

	private static boolean digit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean letterOrDigit(char c) {
		return digit(c) || (c >= 'a' && c <= 'z');
	}
}

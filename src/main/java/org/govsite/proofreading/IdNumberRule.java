package org.govsite.proofreading;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A mainland resident identity card number (GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character
 * (0–9 or X), with a region code not starting with 0 and a birth date (digits 7–14) between 1900-01-01 and today.
 */
final class IdNumberRule {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final String CHECK_CHARACTERS = "10X98765432";

	private IdNumberRule() {
	}

	/** {@code number}: 18 characters, digits except possibly an upper- or lower-case X at the end. */
	static boolean valid(String number, LocalDate today) {
		if (number.length() != 18 || number.charAt(0) == '0') {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			char c = number.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
			sum += (c - '0') * WEIGHTS[i];
		}
		char check = Character.toUpperCase(number.charAt(17));
		return check == CHECK_CHARACTERS.charAt(sum % 11) && plausibleBirthDate(number, today);
	}

	private static boolean plausibleBirthDate(String number, LocalDate today) {
		try {
			var born = LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
					Integer.parseInt(number.substring(12, 14)));
			return born.getYear() >= 1900 && !born.isAfter(today);
		}
		catch (DateTimeException e) {
			return false;
		}
	}
}

package org.govsite.proofreading;

/** The Luhn (mod 10) check that bank card numbers (ISO/IEC 7812) carry in their last digit. */
final class LuhnRule {

	private LuhnRule() {
	}

	/** {@code digits}: ASCII digits only. */
	static boolean valid(String digits) {
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = digits.charAt(i) - '0';
			if (doubled) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}
}

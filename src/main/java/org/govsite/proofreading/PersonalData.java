package org.govsite.proofreading;

/** The kinds of personal data that must not be published unmasked (national rules §4), each with its masked form. */
enum PersonalData {

	/** 居民身份证号码: keep the 6-digit region code and the last 4 (110101********1234). */
	ID_NUMBER("居民身份证号码", 6, 4),
	/** 手机号码: keep the 3-digit network prefix and the last 4 (138****5678). */
	MOBILE_NUMBER("手机号码", 3, 4),
	/** 银行卡号: keep the 6-digit issuer number and the last 4 (622202*********1234). */
	BANK_CARD_NUMBER("银行卡号", 6, 4);

	private final String label;
	private final int keepHead;
	private final int keepTail;

	PersonalData(String label, int keepHead, int keepTail) {
		this.label = label;
		this.keepHead = keepHead;
		this.keepTail = keepTail;
	}

	String label() {
		return label;
	}

	String mask(String number) {
		return number.substring(0, keepHead) + "*".repeat(number.length() - keepHead - keepTail)
				+ number.substring(number.length() - keepTail);
	}
}

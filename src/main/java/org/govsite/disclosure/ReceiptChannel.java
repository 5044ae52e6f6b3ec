package org.govsite.disclosure;

import org.govsite.shared.Labelled;

/**
 * How a request reached the body, which decides its day of receipt (Art. 31): in person the day it is handed in, by
 * post the day it is signed for, online (and by the office's fax) the day both sides confirm it. On GovSite an online
 * request is confirmed at once: the applicant submits and the platform answers with the tracking code, so both sides
 * confirm on the day of submission (Beijing time).
 */
public enum ReceiptChannel implements Labelled {
	IN_PERSON("当面提交", "提交申请之日"), POST("邮寄", "签收之日"), ONLINE("互联网", "双方确认之日");

	private final String label;
	private final String dayOfReceipt;

	ReceiptChannel(String label, String dayOfReceipt) {
		this.label = label;
		this.dayOfReceipt = dayOfReceipt;
	}

	@Override
	public String label() {
		return label;
	}

	/** Which day counts as the day of receipt on this channel, as Art. 31 words it. */
	public String dayOfReceipt() {
		return dayOfReceipt;
	}
}

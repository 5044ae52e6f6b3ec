package org.govsite.disclosure;

import org.govsite.shared.Labelled;

/** How the applicant wants to obtain the information (获取信息的方式, Art. 29 (三)). */
public enum Delivery implements Labelled {
	POST("邮寄"), EMAIL("电子邮件"), PICK_UP("当面领取"), ONLINE("网上获取");

	private final String label;

	Delivery(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}

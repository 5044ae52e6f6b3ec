package org.govsite.monitoring;

import org.govsite.shared.Labelled;

/** Which check produced a finding (the API's {@code check} values). */
public enum Check implements Labelled {
	AVAILABILITY("可用性"), LINKS("链接"), FRESHNESS("更新及时性"), CONTENT("内容安全"), HIDDEN_LINKS("隐藏链接"),
	SCRIPTS("可疑脚本"), CLOAKING("蜘蛛劫持"), TAMPER("网页篡改");

	private final String label;

	Check(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}

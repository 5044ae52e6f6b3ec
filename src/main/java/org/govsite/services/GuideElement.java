package org.govsite.services;

/**
 * The ten classes of elements a service guide (办事指南) must carry (国办秘函〔2019〕19号, 服务不实用). An element counts as
 * missing when its text is blank.
 */
public enum GuideElement {

	NAME("事项名称"), LEGAL_BASIS("设定依据"), CONDITIONS("申请条件"), MATERIALS("办理材料"), LOCATION("办理地点"),
	AGENCY("办理机构"), FEES("收费标准"), HOURS("办理时间"), PHONE("联系电话"), PROCESS("办理流程");

	private final String label;

	GuideElement(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

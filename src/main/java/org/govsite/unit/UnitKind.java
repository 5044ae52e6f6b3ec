package org.govsite.unit;

/** The kinds of unit the Measures name (Art. 2-5, 17, 19). */
public enum UnitKind {

	/** 主管单位：州人民政府办公室 (Art. 2). */
	GENERAL_OFFICE("主管单位（政府办公室）"),
	/** 承办/运维单位：州大数据中心 (Art. 3). */
	BIG_DATA_CENTER("承办/运维单位（大数据中心）"),
	/** 网信办 (Art. 5). */
	CYBERSPACE_OFFICE("网信办"),
	/** 协同监管单位：编办、工信局、公安局 (Art. 5). */
	CO_REGULATOR("协同监管单位"),
	/** 县（市）人民政府. */
	COUNTY_GOVERNMENT("县（市）人民政府"),
	/** 经开区管委会. */
	DEVELOPMENT_ZONE("开发区管委会"),
	/** 政府部门. */
	DEPARTMENT("政府部门"),
	/** 乡镇（街道）：never has its own site (Art. 6). */
	TOWNSHIP("乡镇（街道）"),
	/** 非政府单位：党群机关、事业单位、学校、国有企业 (Art. 17). */
	NON_GOVERNMENT("非政府单位"),
	/** 运维服务厂商 (Art. 19): never edits or reviews content. */
	VENDOR("服务厂商");

	private final String label;

	UnitKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the unit is part of government (sponsors government sites, has a leader in charge). */
	public boolean isGovernment() {
		return this != NON_GOVERNMENT && this != VENDOR;
	}
}

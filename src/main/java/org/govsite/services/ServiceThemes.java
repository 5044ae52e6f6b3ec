package org.govsite.services;

import java.util.List;

/** The themes (主题) by which the service entrance groups items: a small fixed list, as the provincial platform's. */
public final class ServiceThemes {

	public static final List<String> ALL = List.of("社会保障", "就业创业", "教育", "医疗卫生", "户籍", "婚姻生育", "住房",
			"交通出行", "民政", "企业开办", "市场监管", "生态环境", "税务", "其他");

	private ServiceThemes() {
	}
}

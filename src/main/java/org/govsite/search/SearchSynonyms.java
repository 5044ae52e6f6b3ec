package org.govsite.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What people type for what government pages say (医保 for 医疗保险, 公积金 for 住房公积金, 大学生 for 高校毕业生): a query
 * is also searched with each such name replaced by the official one, and with all of them replaced at once. A name is
 * replaced only where the official one is not already there (公积金 inside 住房公积金 stays as it is).
 */
final class SearchSynonyms {

	/** Colloquial or short name → the names official texts use. */
	static final Map<String, List<String>> NAMES = Map.ofEntries(
			Map.entry("医保", List.of("医疗保险", "医疗保障")),
			Map.entry("社保", List.of("社会保险", "养老保险")),
			Map.entry("公积金", List.of("住房公积金")),
			Map.entry("环保", List.of("生态环境保护")),
			Map.entry("大学生", List.of("高校毕业生")),
			Map.entry("毕业生", List.of("高校毕业生")),
			Map.entry("小微企业", List.of("中小企业")),
			Map.entry("扶持", List.of("支持")),
			Map.entry("旧改", List.of("老旧小区改造")),
			Map.entry("营商", List.of("营商环境")),
			Map.entry("小学", List.of("义务教育")),
			Map.entry("初中", List.of("义务教育")),
			Map.entry("督查", List.of("督察")),
			Map.entry("政策", List.of("措施", "办法")),
			Map.entry("低保", List.of("最低生活保障")),
			Map.entry("新农合", List.of("城乡居民基本医疗保险")),
			Map.entry("身份证", List.of("居民身份证")),
			Map.entry("驾照", List.of("机动车驾驶证")),
			Map.entry("一网通办", List.of("政务服务")),
			Map.entry("放管服", List.of("简政放权")));

	private SearchSynonyms() {
	}

	/** The query rewritten: each applicable name replaced alone, then all of them at once (none when nothing applies). */
	static List<String> rewrites(String text) {
		var singles = new LinkedHashSet<String>();
		var all = text;
		for (var entry : NAMES.entrySet()) {
			var name = entry.getKey();
			if (!text.contains(name)) {
				continue;
			}
			for (var official : entry.getValue()) {
				if (text.contains(official)) {
					continue;
				}
				singles.add(text.replace(name, official));
			}
			var first = entry.getValue().get(0);
			if (!all.contains(first)) {
				all = all.replace(name, first);
			}
		}
		var rewrites = new ArrayList<>(singles);
		if (!all.equals(text) && !singles.contains(all)) {
			rewrites.add(all);
		}
		return rewrites;
	}
}

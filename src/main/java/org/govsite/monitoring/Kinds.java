package org.govsite.monitoring;

import java.util.Map;

/** Chinese names of the finding kinds (detectors may add kinds; unknown ones show their code). */
final class Kinds {

	static final String BROKEN_LINK = "BROKEN_LINK";
	static final String SITE_UNREACHABLE = "SITE_UNREACHABLE";
	static final String CERTIFICATE_EXPIRING = "CERTIFICATE_EXPIRING";
	static final String HOME_STALE = "HOME_STALE";
	static final String COLUMNS_EMPTY = "COLUMNS_EMPTY";
	static final String COLUMNS_STALE = "COLUMNS_STALE";

	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry(BROKEN_LINK, "失效链接"),
			Map.entry(SITE_UNREACHABLE, "网站无法访问"), Map.entry(CERTIFICATE_EXPIRING, "证书即将过期"),
			Map.entry(HOME_STALE, "首页长期未更新"), Map.entry(COLUMNS_EMPTY, "空白栏目"), Map.entry(COLUMNS_STALE, "栏目不更新"),
			Map.entry("HIDDEN_LINK", "隐藏链接"), Map.entry("GAMBLING_INJECTION", "博彩色情内容注入"),
			Map.entry("SEO_INJECTION", "黑帽SEO注入"), Map.entry("OBFUSCATED_SCRIPT", "混淆脚本"),
			Map.entry("CLOAKING", "蜘蛛劫持"), Map.entry("PRIVACY", "个人信息泄露"), Map.entry("TAMPERED_FILE", "文件被篡改"),
			Map.entry("SERIOUS_WORDING", "严重表述错误"), Map.entry("WORDING_ERROR", "严重表述错误"),
			Map.entry("PORN_INJECTION", "涉黄内容注入"), Map.entry("FALLEN_OFFICIAL", "落马官员仍称现职"), Map.entry("TYPO", "错别字"),
			Map.entry("BANNED_WORD", "禁用词"), Map.entry("SENSITIVE_WORD", "敏感词"), Map.entry("SCRIPT_WRITE", "写入外部脚本"),
			Map.entry("UNEXPECTED_SCRIPT_HOST", "陌生来源脚本"), Map.entry("CONDITIONAL_REDIRECT", "按来源跳转的脚本"),
			Map.entry("OUTBOUND_UNRESOLVED", "外链域名无法解析"), Map.entry("OUTBOUND_GAMBLING", "外链网站涉赌涉黄"),
			Map.entry(TamperCheck.DELETED_FILE, "文件被删除"), Map.entry(TamperCheck.EXTRA_FILE, "多出未发布文件"),
			Map.entry(TamperCheck.TAMPERED_RESPONSE, "线上页面被改动"));

	private Kinds() {
	}

	static String label(String kind) {
		return LABELS.getOrDefault(kind, kind);
	}
}

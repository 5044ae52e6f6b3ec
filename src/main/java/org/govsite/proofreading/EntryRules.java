package org.govsite.proofreading;

import java.util.ArrayList;

import org.govsite.shared.Refusal;
import org.jspecify.annotations.Nullable;

/** What a dictionary entry must look like; every broken rule is reported at once, in Chinese. */
final class EntryRules {

	static final int MAX_WORD = 100;
	static final int MAX_NOTE = 200;

	private EntryRules() {
	}

	/** The entry as a term (trimmed, defaults filled in), or a {@link Refusal} of kind INVALID with every reason. */
	static Term require(EntryForm form) {
		var reasons = new ArrayList<String>();
		var word = trimToNull(form.word());
		var suggestion = trimToNull(form.suggestion());
		var note = trimToNull(form.note());
		var kind = form.kind();
		if (word == null) {
			reasons.add("请填写词语");
		}
		else {
			text("词语", word, MAX_WORD, reasons);
		}
		if (suggestion != null) {
			text("建议用词", suggestion, MAX_WORD, reasons);
		}
		if (note != null && note.length() > MAX_NOTE) {
			reasons.add("说明不能超过 " + MAX_NOTE + " 个字符");
		}
		if (kind == null) {
			reasons.add("请选择词库类型：纠错词（CORRECTION）、禁用词（BANNED）、敏感词（SENSITIVE）或允许词（ALLOWED）或规范名称（PROTECTED）");
		}
		else if (kind == EntryKind.ALLOWED) {
			if (suggestion != null || form.category() != null || form.severity() != null) {
				reasons.add("允许词只用于排除误报，不设建议用词、类别和严重程度");
			}
		}
		else if (kind == EntryKind.CORRECTION && suggestion == null) {
			reasons.add("纠错词须填写建议用词");
		}
		else if (kind == EntryKind.PROTECTED && suggestion != null) {
			reasons.add("规范名称本身即正确写法，不设建议用词");
		}
		if (word != null && suggestion != null && MatchKey.of(word).equals(MatchKey.of(suggestion))) {
			reasons.add("建议用词不能与词语相同");
		}
		if (form.category() == Category.PRIVACY) {
			reasons.add("隐私信息由系统自动识别，不能作为词库类别");
		}
		if (form.category() == Category.SEO_INJECTION) {
			reasons.add("黑帽SEO注入由系统根据页面结构识别，不能作为词库类别；涉赌、涉黄词语请选择相应类别");
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		if (kind == EntryKind.ALLOWED) {
			return new Term(word, kind, null, null, null, note);
		}
		return new Term(word, kind, form.category() != null ? form.category() : kind.defaultCategory(),
				form.severity() != null ? form.severity() : kind.defaultSeverity(), suggestion, note);
	}

	private static void text(String field, String value, int max, ArrayList<String> reasons) {
		if (value.length() > max) {
			reasons.add(field + "不能超过 " + max + " 个字符");
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
				reasons.add(field + "不能包含换行或控制字符");
				return;
			}
			if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				reasons.add(field + "包含无效字符");
				return;
			}
		}
	}

	private static @Nullable String trimToNull(@Nullable String value) {
		if (value == null) {
			return null;
		}
		var trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}
}

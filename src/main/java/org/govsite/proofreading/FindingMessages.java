package org.govsite.proofreading;

/** The Chinese sentences an editor reads for each finding. */
final class FindingMessages {

	private FindingMessages() {
	}

	static String forTerm(String matched, Term term) {
		var category = term.category();
		var suggestion = term.suggestion();
		var message = new StringBuilder("「").append(matched).append("」");
		switch (term.kind()) {
			case CORRECTION -> {
				if (category == Category.TYPO) {
					message.append("疑似错别字");
				}
				else {
					message.append("疑似").append(category == null ? "表述" : category.label()).append("有误");
				}
			}
			case BANNED -> message.append(category == null || category == Category.BANNED_WORD ? "为禁用词，不得发布"
					: "涉及" + category.label() + "，不得发布");
			case SENSITIVE -> message.append(category == null || category == Category.SENSITIVE_WORD
					? "为敏感词，请核实后再发布" : "涉及" + category.label() + "，请核实后再发布");
			case ALLOWED, PROTECTED -> throw new IllegalArgumentException("allowed and protected terms are never reported");
		}
		if (suggestion != null) {
			message.append("，建议改为「").append(suggestion).append("」");
		}
		if (term.note() != null && !term.note().isBlank()) {
			message.append("（").append(term.note()).append("）");
		}
		return message.toString();
	}

	static String forPersonalData(PersonalData kind, String masked) {
		return "疑似未脱敏的" + kind.label() + "，请脱敏后再发布，例如「" + masked + "」";
	}
}

package org.govsite.content;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The content check of an article's current revision and what the publication checks would refuse at its next step:
 * {@code refusalsAt} names that step (提交审核 for a draft, 发布 for an article in review; absent otherwise) and
 * {@code refusals} lists the sentences the step would refuse with now (the 三审 table's own rules aside).
 */
public record ArticleChecks(List<ArticleFinding> findings, @Nullable String refusalsAt, List<String> refusals) {

	public long blockingCount() {
		return findings.stream().filter(ArticleFinding::blocking).count();
	}

	public long dismissedCount() {
		return findings.stream().filter(f -> f.dismissal() != null).count();
	}

	/** What was found, in one sentence for a person. */
	public String summary() {
		if (findings.isEmpty()) {
			return "未发现错别字、严重表述错误、敏感词或未脱敏的个人信息。";
		}
		var parts = new ArrayList<String>();
		long blocking = blockingCount();
		long dismissed = dismissedCount();
		long others = findings.size() - blocking - dismissed;
		if (blocking > 0) {
			parts.add(blocking + " 处将阻止提交审核和发布");
		}
		if (dismissed > 0) {
			parts.add(dismissed + " 处已由编辑标记误报");
		}
		if (others > 0) {
			parts.add(others + " 处为提醒或提示，请核实");
		}
		return "共发现 " + findings.size() + " 处：" + String.join("，", parts) + "。";
	}
}

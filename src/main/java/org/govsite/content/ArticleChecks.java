package org.govsite.content;

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
}

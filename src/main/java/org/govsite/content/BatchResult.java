package org.govsite.content;

import java.util.List;

/** What happened to each item of a batch approval: approved, or refused with the reasons. */
public record BatchResult(List<ArticleId> approved, List<Refused> refused) {

	public record Refused(ArticleId articleId, List<String> reasons) {
	}
}

package org.govsite.content;

import java.util.List;

/** What happened to each item of a batch (approval, move, copy, withdrawal, 置顶): done, or refused with the reasons. */
public record BatchResult(List<ArticleId> done, List<Refused> refused) {

	public record Refused(ArticleId articleId, List<String> reasons) {
	}
}

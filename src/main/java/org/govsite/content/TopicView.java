package org.govsite.content;

import java.time.LocalDate;
import java.util.List;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/** A special topic as the web sees it. */
public record TopicView(TopicId id, SiteId siteId, String name, String slug, @Nullable String description,
		@Nullable String bannerPath, LocalDate startsOn, @Nullable LocalDate endsOn, TopicStatus status) {

	public String statusLabel() {
		return status.label();
	}

	/** The actions the topic's status allows, for the console to offer. */
	public List<TopicAction> actions() {
		return TopicAction.TABLE.actionsFrom(status);
	}
}

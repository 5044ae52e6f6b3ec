package org.govsite.content;

import org.govsite.site.SiteId;

/** Published when a topic was opened or moved in its life (started, archived): the pages showing it change. */
public record TopicChanged(TopicId topicId, SiteId siteId) {
}

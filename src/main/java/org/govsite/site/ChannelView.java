package org.govsite.site;

import java.util.UUID;

import org.govsite.unit.UnitId;

/** A department channel (部门栏目): a township or department publishing inside a portal (Art. 6). */
public record ChannelView(UUID id, SiteId siteId, String siteName, UnitId unitId, String unitName, String name,
		String slug) {
}

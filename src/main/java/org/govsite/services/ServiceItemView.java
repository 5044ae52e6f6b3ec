package org.govsite.services;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.site.SiteId;
import org.govsite.unit.UnitId;
import org.jspecify.annotations.Nullable;

/** A service item as the API, the console and the public pages see it, with the guide element classes it lacks. */
public record ServiceItemView(ServiceItemId id, SiteId siteId, String siteName, UnitId unitId, String unitName,
		String theme, ServiceObject serviceObject, String name, @Nullable String legalBasis, @Nullable String conditions,
		@Nullable String materials, @Nullable String location, @Nullable String agency, @Nullable String fees,
		@Nullable String hours, @Nullable String phone, @Nullable String process, boolean online,
		@Nullable String onlineUrl, @Nullable String formsUrl, @Nullable String formsNote, List<String> missingElements,
		long version, Instant updatedAt) {

	public String serviceObjectLabel() {
		return serviceObject.label();
	}

	/** The ten elements in order, label → text (null when missing), for a guide page. */
	public Map<String, @Nullable String> elements() {
		var map = new LinkedHashMap<String, @Nullable String>();
		for (var element : GuideElement.values()) {
			map.put(element.label(), text(element));
		}
		return map;
	}

	@Nullable String text(GuideElement element) {
		return switch (element) {
			case NAME -> name;
			case LEGAL_BASIS -> legalBasis;
			case CONDITIONS -> conditions;
			case MATERIALS -> materials;
			case LOCATION -> location;
			case AGENCY -> agency;
			case FEES -> fees;
			case HOURS -> hours;
			case PHONE -> phone;
			case PROCESS -> process;
		};
	}
}

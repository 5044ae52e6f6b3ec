package org.govsite.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.govsite.site.SiteId;

/**
 * Port (service catalogue, Art. 12): each site's service items and the guide elements each lacks. Until a catalogue
 * implements it, {@link #NO_SOURCE} answers and the services veto says 「暂无数据，未评分」.
 */
public interface ServiceGuideEvidence {

	/** The ten element classes a service guide must carry. */
	List<String> ELEMENTS = List.of("事项名称", "设定依据", "申请条件", "办理材料", "办理地点", "办理机构", "收费标准", "办理时间",
			"联系电话", "办理流程");

	/** A service item and the element classes missing from its guide. */
	record GuideFact(String id, String name, List<String> missingElements) {
	}

	/**
	 * @param offersPublicServices false for a department without public services (its service heading is not scored
	 *                             and the rest is scaled, 75 → 100)
	 * @param onlineItems          items that can be handled online
	 */
	record ServiceFact(boolean offersPublicServices, long onlineItems, List<GuideFact> guides) {
	}

	Map<SiteId, ServiceFact> services(Collection<SiteId> sites, AssessmentPeriod period);

	/** No catalogue. */
	ServiceGuideEvidence NO_SOURCE = (sites, period) -> Map.of();
}

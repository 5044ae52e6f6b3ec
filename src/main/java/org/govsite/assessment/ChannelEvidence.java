package org.govsite.assessment;

import java.util.Collection;
import java.util.Map;

import org.govsite.site.SiteId;

/** Port: whether each site has a working online consultation channel, and its solicitations of the past year. */
public interface ChannelEvidence {

	/**
	 * @param working              a channel where citizens can leave a consultation and get an answer
	 * @param entrance             where it is (an address)
	 * @param solicitationsInYear  征集调查 opened in the year ending on the period's last day (bonus item)
	 */
	record ChannelFact(boolean working, String entrance, long solicitationsInYear) {
	}

	Map<SiteId, ChannelFact> channels(Collection<SiteId> sites, AssessmentPeriod period);
}

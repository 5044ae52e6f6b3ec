package org.govsite.assessment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/** Port: the clocks of each site's messages received within the year that ends on the period's last day. */
public interface MessageEvidence {

	enum MessageKind {
		/** 咨询、建议: the kind the "unanswered for more than 3 months" veto looks at. */
		CONSULTATION,
		/** 我为政府网站找错. */
		ERROR_REPORT,
		/** Complaints, verification requests: counted for deadlines only. */
		OTHER
	}

	/**
	 * @param answeredOn  the day it was answered or closed; null while open
	 * @param rejected    closed as not accepted (not a valid message)
	 * @param publishedOn the day its reply was made public; null if never
	 */
	record MessageFact(String id, MessageKind kind, String title, LocalDate receivedOn, LocalDate deadline,
			@Nullable LocalDate answeredOn, boolean rejected, @Nullable LocalDate publishedOn) {
	}

	Map<SiteId, List<MessageFact>> messages(Collection<SiteId> sites, AssessmentPeriod period);
}

package org.govsite.assessment;

import java.util.List;

import org.govsite.assessment.AvailabilityEvidence.ProbeFigures;
import org.govsite.assessment.ChannelEvidence.ChannelFact;
import org.govsite.assessment.ColumnEvidence.ColumnFact;
import org.govsite.assessment.FindingEvidence.FindingFact;
import org.govsite.assessment.HomePageEvidence.HomePageFact;
import org.govsite.assessment.MessageEvidence.MessageFact;
import org.govsite.assessment.ServiceGuideEvidence.ServiceFact;
import org.govsite.site.SiteId;
import org.govsite.site.SiteType;
import org.jspecify.annotations.Nullable;

/** Everything the rules read about one site; a null source means the port had nothing for it (not scored). */
record SiteFacts(SiteId siteId, String siteName, SiteType type, AssessmentPeriod period,
		@Nullable List<ColumnFact> columns, @Nullable HomePageFact home, @Nullable ProbeFigures availability,
		@Nullable List<FindingFact> findings, @Nullable List<MessageFact> messages, @Nullable ChannelFact channel,
		@Nullable ServiceFact services) {
}

package org.govsite.assessment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.govsite.shared.Labelled;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * Port (monitoring's findings): serious findings and broken links of each site open at some time in the period,
 * implemented on the monitoring module by {@link MonitoringFindings}. A site missing from the answer was not looked at
 * (the security veto and the link deductions say 「暂无监测数据，未评分」); an empty list is a real zero. Without an
 * implementation {@link #NO_SOURCE} answers.
 */
public interface FindingEvidence {

	/** What a finding is, as far as the assessment cares. */
	enum FindingKind implements Labelled {
		SERIOUS_WORDING("严重表述错误"), SECRET_LEAK("泄露国家秘密"), ILLEGAL_CONTENT("发布或链接违法有害内容"),
		UNHANDLED_ATTACK("攻击篡改未及时处置"), FORGED_DATE("虚假伪造内容（伪造发布日期）"),
		BROKEN_LINK_HOME("首页链接不可用"), BROKEN_LINK("其他页面链接不可用");

		private final String label;

		FindingKind(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}

		/** Kinds that are a security / secrecy incident (single veto). */
		public boolean veto() {
			return this != BROKEN_LINK_HOME && this != BROKEN_LINK;
		}
	}

	/** One finding: its id in the monitoring module, what it is, where, since when, whether it is closed. */
	record FindingFact(String id, FindingKind kind, String title, @Nullable String url, LocalDate foundOn) {
	}

	Map<SiteId, List<FindingFact>> findings(Collection<SiteId> sites, AssessmentPeriod period);

	/** No findings source. */
	FindingEvidence NO_SOURCE = (sites, period) -> Map.of();
}

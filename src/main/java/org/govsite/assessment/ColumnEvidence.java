package org.govsite.assessment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * Port: each site's assessed columns (exempt ones left out) as they stood on the period's last day. A site missing
 * from the answer has no source, and its column indicators are not scored.
 */
public interface ColumnEvidence {

	/** The update class of a column, as the national rules group them. */
	enum UpdateKind {
		/** 动态要闻: 2 weeks. */
		DYNAMIC,
		/** 通知公告: 6 months. */
		NOTICE,
		/** 政策文件: 6 months. */
		POLICY,
		/** 应更新栏目: 1 year. */
		REGULAR
	}

	/**
	 * A column and its standing.
	 *
	 * @param lastUpdate the day of its latest live article, null when it has none (an empty column)
	 * @param deadline   the last day within its update deadline, null for an empty column
	 */
	record ColumnFact(String id, String name, UpdateKind kind, boolean firstLevel, @Nullable LocalDate lastUpdate,
			@Nullable LocalDate deadline) {

		public boolean empty() {
			return lastUpdate == null;
		}

		public boolean overdueOn(LocalDate day) {
			return deadline != null && day.isAfter(deadline);
		}
	}

	Map<SiteId, List<ColumnFact>> columns(Collection<SiteId> sites, AssessmentPeriod period);
}

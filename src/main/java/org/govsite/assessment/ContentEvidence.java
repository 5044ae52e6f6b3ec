package org.govsite.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.govsite.content.ColumnStatus;
import org.govsite.content.ColumnView;
import org.govsite.content.Columns;
import org.govsite.content.UpdateClass;
import org.govsite.site.SiteId;
import org.springframework.stereotype.Component;

/**
 * The content module as the source of column standings and home-page freshness: the columns' standing at the end of
 * the period's last day (one aggregate query for all sites); the home page's newest item is the newest live article
 * in a column shown on the home page.
 */
@Component
class ContentEvidence implements ColumnEvidence, HomePageEvidence {

	private final Columns columns;

	ContentEvidence(Columns columns) {
		this.columns = columns;
	}

	@Override
	public Map<SiteId, List<ColumnFact>> columns(Collection<SiteId> sites, AssessmentPeriod period) {
		var result = new HashMap<SiteId, List<ColumnFact>>();
		sites.forEach(site -> result.put(site, new ArrayList<>()));
		for (var column : standings(sites, period.to())) {
			var list = result.get(column.siteId());
			if (list == null || column.standing().status() == ColumnStatus.EXEMPT) {
				continue;
			}
			list.add(new ColumnFact(column.id().toString(), column.name(), kind(column.updateClass()),
					column.firstLevel(), column.standing().lastUpdate(), column.standing().deadline()));
		}
		return result;
	}

	@Override
	public Map<SiteId, HomePageFact> homePages(Collection<SiteId> sites, AssessmentPeriod period) {
		var onHome = new HashMap<SiteId, List<ColumnView>>();
		sites.forEach(site -> onHome.put(site, new ArrayList<>()));
		for (var column : standings(sites, period.to())) {
			var list = onHome.get(column.siteId());
			if (list != null && column.onHome() && !column.hidden() && column.kind().holdsArticles()) {
				list.add(column);
			}
		}
		var result = new HashMap<SiteId, HomePageFact>();
		onHome.forEach((site, list) -> {
			var newest = list.stream().filter(c -> c.standing().lastUpdate() != null)
				.max(Comparator.comparing((ColumnView c) -> c.standing().lastUpdate()));
			result.put(site, new HomePageFact(newest.map(c -> c.standing().lastUpdate()).orElse(null),
					newest.map(c -> "首页栏目「" + c.name() + "」").orElse(null),
					list.stream().map(ColumnView::name).toList()));
		});
		return result;
	}

	private List<ColumnView> standings(Collection<SiteId> sites, LocalDate day) {
		if (sites.size() == 1) {
			return columns.standingsOn(sites.iterator().next(), day);
		}
		var wanted = new HashSet<>(sites);
		return columns.standingsOn(null, day).stream().filter(c -> wanted.contains(c.siteId())).toList();
	}

	private static UpdateKind kind(UpdateClass updateClass) {
		return switch (updateClass) {
			case DYNAMIC -> UpdateKind.DYNAMIC;
			case NOTICE -> UpdateKind.NOTICE;
			case POLICY -> UpdateKind.POLICY;
			case REGULAR, EXEMPT -> UpdateKind.REGULAR;
		};
	}
}

package org.govsite.monitoring;

import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.govsite.monitoring.crawl.Fetch;
import org.govsite.shared.BeijingTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Freshness seen from outside (Art. 7; national rules: home page 14 days, 5 empty or 10 stale columns are veto lines;
 * warnings come earlier at 10 days, more than 2 empty, more than 6 stale): the newest date on the home page and on each
 * column page, from the {@code PubDate} meta tag and the dates in lists ({@code 2026-11-20}, {@code 2026年11月20日},
 * {@code 2026/11/20}); dates in the future are ignored.
 */
@Component
class Freshness {
	/** Selectors parsed once: parsing one per call was the crawl's largest cost (jsoup 1.24 fills a buffer per parse). */
	private static final org.jsoup.select.Evaluator DATE_META = org.jsoup.select.QueryParser.parse("meta[name~=(?i)^(pubdate|publishdate|firstpublishedtime)$]");
	private static final org.jsoup.select.Evaluator DATED = org.jsoup.select.QueryParser.parse("li, tr, dd, .date, time, span");


	static final int HOME_WARNING_DAYS = 10;
	static final int HOME_VETO_DAYS = 14;
	static final int EMPTY_WARNING = 2;
	static final int EMPTY_VETO = 5;
	static final int STALE_WARNING = 6;
	static final int STALE_VETO = 10;

	private static final Pattern DATE = Pattern.compile("(20\\d{2}|19\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");

	/** What the crawl of one site showed. */
	static final class Tally {
		@Nullable LocalDate home;
		final Map<String, Optional<LocalDate>> columns = new TreeMap<>();
	}

	private final Clock clock;
	private final MonitoringProperties properties;

	Freshness(Clock clock, MonitoringProperties properties) {
		this.clock = clock;
		this.properties = properties;
	}

	/** The newest date a page shows: its PubDate meta tag or dates in list items, table rows and spans. */
	Optional<LocalDate> newest(String html) {
		return newest(Jsoup.parse(html));
	}

	Optional<LocalDate> newest(Document document) {
		var today = BeijingTime.today(clock);
		LocalDate best = null;
		var candidates = new ArrayList<String>();
		document.select(DATE_META).forEach(m -> candidates.add(m.attr("content")));
		document.select(DATED).forEach(e -> candidates.add(e.ownText()));
		for (var text : candidates) {
			var matcher = DATE.matcher(text);
			while (matcher.find()) {
				try {
					var date = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
							Integer.parseInt(matcher.group(3)));
					if (!date.isAfter(today) && (best == null || date.isAfter(best))) {
						best = date;
					}
				}
				catch (DateTimeException | NumberFormatException ignored) {
					// not a date after all
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/** A column page: an index page under the site other than the home page. */
	static boolean columnPage(URI url, URI home) {
		var path = url.getRawPath() == null ? "/" : url.getRawPath();
		return !url.equals(home) && (path.endsWith("/") || path.matches(".*/index\\.s?html?$"));
	}

	void see(Tally tally, Fetch page, URI home) {
		if (page.body() == null) {
			return;
		}
		var document = Jsoup.parse(page.body());
		if (page.url().equals(home)) {
			tally.home = newest(document).orElse(null);
		}
		else if (columnPage(page.url(), home)) {
			synchronized (tally.columns) {
				tally.columns.put(page.url().toString(), newest(document));
			}
		}
	}

	long daysSince(LocalDate date) {
		return ChronoUnit.DAYS.between(date, BeijingTime.today(clock));
	}

	int stale(Tally tally) {
		return (int) tally.columns.values().stream()
			.filter(d -> d.isPresent() && daysSince(d.get()) > properties.getColumnStaleDays()).count();
	}

	int empty(Tally tally) {
		return (int) tally.columns.values().stream().filter(Optional::isEmpty).count();
	}

	/** The findings the tally calls for (warnings before the veto lines). */
	List<FindingStore.Report> reports(Tally tally, URI home, boolean wholeSite) {
		var reports = new ArrayList<FindingStore.Report>();
		if (tally.home == null) {
			reports.add(report(Kinds.HOME_STALE, Severity.GENERAL, home, "首页未找到任何发布日期，无法判断更新情况"));
		}
		else {
			long days = daysSince(tally.home);
			if (days > HOME_WARNING_DAYS) {
				reports.add(report(Kinds.HOME_STALE, days > HOME_VETO_DAYS ? Severity.SERIOUS : Severity.GENERAL, home,
						"首页最新信息日期为 " + tally.home + "，已 " + days + " 天未更新（预警线 " + HOME_WARNING_DAYS + " 天，否决线 "
								+ HOME_VETO_DAYS + " 天）"));
			}
		}
		if (wholeSite) {
			int empty = empty(tally);
			if (empty > EMPTY_WARNING) {
				reports.add(report(Kinds.COLUMNS_EMPTY, empty >= EMPTY_VETO ? Severity.SERIOUS : Severity.GENERAL, home,
						"发现 " + empty + " 个空白栏目（预警线 " + EMPTY_WARNING + " 个，否决线 " + EMPTY_VETO + " 个）：" + list(tally, true)));
			}
			int stale = stale(tally);
			if (stale > STALE_WARNING) {
				reports.add(report(Kinds.COLUMNS_STALE, stale >= STALE_VETO ? Severity.SERIOUS : Severity.GENERAL, home,
						"发现 " + stale + " 个栏目超过 " + properties.getColumnStaleDays() + " 天未更新（预警线 " + STALE_WARNING
								+ " 个，否决线 " + STALE_VETO + " 个）：" + list(tally, false)));
			}
		}
		return reports;
	}

	/** For a re-check: the home page is still stale (column findings are verified by the next whole-site scan). */
	boolean stillStale(String kind, Fetch home) {
		if (!kind.equals(Kinds.HOME_STALE) || home.body() == null) {
			return false;
		}
		var newest = newest(home.body());
		return newest.isEmpty() || daysSince(newest.get()) > HOME_WARNING_DAYS;
	}

	private String list(Tally tally, boolean empty) {
		var names = tally.columns.entrySet().stream()
			.filter(e -> empty ? e.getValue().isEmpty()
					: e.getValue().isPresent() && daysSince(e.getValue().get()) > properties.getColumnStaleDays())
			.map(Map.Entry::getKey).limit(20).toList();
		return String.join("、", names);
	}

	private static FindingStore.Report report(String kind, Severity severity, URI home, String evidence) {
		return new FindingStore.Report(Check.FRESHNESS, kind, severity, true, home.toString(), home.toString(),
				List.of(home.toString()), 0, null, null, null, evidence, null);
	}
}

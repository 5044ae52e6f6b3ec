package org.govsite.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.govsite.content.ColumnStatus;
import org.govsite.content.Columns;
import org.govsite.shared.BeijingTime;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freshness seen from both sides, for the sites whose pages GovSite publishes: the column standings the content module
 * computes from what was published (inside) against what the last freshness scan read off the public pages
 * (outside). Where they disagree, something between publishing and the public site is wrong — pages not regenerated,
 * a home page that does not show the latest items, columns the navigation never links to — and the sentences say so.
 */
@Service
public class FreshnessComparison {

	/** Both sides of one site; {@code notes} are the disagreements, empty when the two agree. */
	public record Sides(int columns, int emptyInside, int overdueInside, @Nullable LocalDate newestInside,
			@Nullable LocalDate scannedOn, @Nullable Integer columnsOutside, @Nullable Integer emptyOutside,
			@Nullable Integer staleOutside, @Nullable LocalDate homeNewestOutside, List<String> notes) {
	}

	/** Days the public home page may lag behind the newest publication before it is worth a sentence. */
	static final int HOME_LAG_DAYS = 1;

	private final Columns columns;
	private final JdbcClient jdbc;
	private final Clock clock;

	FreshnessComparison(Columns columns, JdbcClient jdbc, Clock clock) {
		this.columns = columns;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Empty when the site has no columns on the platform (its pages are published elsewhere). */
	@Transactional(readOnly = true)
	public java.util.Optional<Sides> compare(SiteId site) {
		MonitoringAccess.requireRead(site);
		var today = BeijingTime.today(clock);
		var inside = columns.standingsOn(site, today).stream().filter(c -> !c.hidden() && c.externalUrl() == null).toList();
		if (inside.isEmpty()) {
			return java.util.Optional.empty();
		}
		int empty = (int) inside.stream().filter(c -> c.standing().status() == ColumnStatus.EMPTY).count();
		int overdue = (int) inside.stream().filter(c -> c.standing().status() == ColumnStatus.OVERDUE).count();
		var newest = inside.stream().map(c -> c.standing().lastUpdate()).filter(Objects::nonNull)
			.max(LocalDate::compareTo).orElse(null);
		record Scan(LocalDate on, @Nullable LocalDate home, @Nullable Integer total, @Nullable Integer empty,
				@Nullable Integer stale) {
		}
		var scan = jdbc.sql("""
				SELECT finished_at, home_newest, columns_total, columns_empty, columns_stale FROM monitoring_scan
				WHERE site_id = ? AND status = 'DONE' AND checks LIKE '%FRESHNESS%' ORDER BY finished_at DESC LIMIT 1
				""").param(site.value()).query((rs, n) -> new Scan(
						rs.getTimestamp(1).toInstant().atZone(BeijingTime.ZONE).toLocalDate(),
						rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate(), (Integer) rs.getObject(3),
						(Integer) rs.getObject(4), (Integer) rs.getObject(5)))
			.optional().orElse(null);
		var notes = new ArrayList<String>();
		if (scan == null) {
			notes.add("还没有从外部检查过该网站的更新情况，请发起“更新及时性”检测");
		}
		else {
			if (newest != null && (scan.home() == null || scan.home().isBefore(newest.minusDays(HOME_LAG_DAYS)))
					&& !newest.isAfter(scan.on())) {
				notes.add("平台内最新发布于 " + newest + "，而公开首页上最新的日期是 "
						+ (scan.home() == null ? "（未找到日期）" : scan.home().toString())
						+ "：首页可能没有展示最新信息，或公开页面没有及时生成");
			}
			if (scan.total() != null && scan.total() < inside.size()) {
				notes.add("平台内有 " + inside.size() + " 个栏目，公开网站上只找到 " + scan.total()
						+ " 个：部分栏目没有链接到导航或首页");
			}
			if (scan.empty() != null && scan.empty() > empty) {
				notes.add("外部检查发现 " + scan.empty() + " 个空白栏目，多于平台内的 " + empty + " 个：已发布的信息可能没有出现在公开栏目页上");
			}
		}
		return java.util.Optional.of(new Sides(inside.size(), empty, overdue, newest, scan == null ? null : scan.on(),
				scan == null ? null : scan.total(), scan == null ? null : scan.empty(), scan == null ? null : scan.stale(),
				scan == null ? null : scan.home(), notes));
	}
}

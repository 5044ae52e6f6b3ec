package org.govsite.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.govsite.content.ColumnStatus;
import org.govsite.content.ColumnView;
import org.govsite.content.Columns;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.interaction.MessageView;
import org.govsite.interaction.Messages;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.Spreadsheet;
import org.govsite.site.SiteId;
import org.govsite.site.SiteStatus;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 内容保障监督 (Art. 8, 9; issue 14): the supervisor's view across every running site — columns overdue, due soon or
 * empty (with each site's columns as the drill-down), sites without columns or without an update for
 * {@link #QUIET_DAYS} days, and messages answered late or escalated — the same figures for the console, the API and
 * the XLSX download. Read by the platform's oversight roles (主管单位, 系统管理员, 协同监管).
 */
@Service
public class ContentSupervision {

	/** A running site with no published update for this many days is listed (the national check: 两周未更新). */
	public static final int QUIET_DAYS = 14;

	/** One site's columns that need attention. */
	public record SiteLine(SiteId siteId, String siteName, String siteType, int columns, long overdue, long dueSoon,
			long empty, @Nullable LocalDate lastUpdate, boolean quiet) {

		public boolean noColumns() {
			return columns == 0;
		}

		public boolean needsAttention() {
			return overdue + dueSoon + empty > 0 || noColumns() || quiet;
		}
	}

	/** A column that needs attention, as the drill-down and the workbook list it. */
	public record ColumnLine(SiteId siteId, String siteName, String columnName, String statusLabel,
			@Nullable LocalDate lastUpdate, @Nullable LocalDate deadline, @Nullable Long daysLeft) {
	}

	/** Everything on the screen. */
	public record Overview(LocalDate today, List<SiteLine> sites, List<ColumnLine> columns, List<MessageView> lateMessages,
			List<MessageView> escalatedMessages) {

		public long overdueColumns() {
			return sites.stream().mapToLong(SiteLine::overdue).sum();
		}

		public long dueSoonColumns() {
			return sites.stream().mapToLong(SiteLine::dueSoon).sum();
		}

		public long emptyColumns() {
			return sites.stream().mapToLong(SiteLine::empty).sum();
		}

		public long sitesWithoutColumns() {
			return sites.stream().filter(SiteLine::noColumns).count();
		}

		public long quietSites() {
			return sites.stream().filter(SiteLine::quiet).count();
		}
	}

	private final Sites sites;
	private final Columns columns;
	private final Messages messages;
	private final Clock clock;

	ContentSupervision(Sites sites, Columns columns, Messages messages, Clock clock) {
		this.sites = sites;
		this.columns = columns;
		this.messages = messages;
		this.clock = clock;
	}

	/** The overview; {@code site} narrows the column list to one site (the drill-down). */
	@Transactional(readOnly = true)
	public Overview overview(@Nullable SiteId site) {
		var me = CurrentUser.require();
		if (Role.CONTENT_OVERSIGHT.stream().noneMatch(me::hasPlatformRole)) {
			throw Refusal.forbidden("只有主管单位、系统管理员和协同监管单位可以查看全部网站的内容保障情况");
		}
		var today = BeijingTime.today(clock);
		var running = sites.all().stream().filter(s -> s.status() == SiteStatus.RUNNING).toList();
		if (site != null && running.stream().noneMatch(s -> s.id().equals(site))) {
			throw Refusal.notFound("没有这个运行中的网站");
		}
		Map<SiteId, List<ColumnView>> bySite = columns.allStandings().stream()
			.collect(Collectors.groupingBy(ColumnView::siteId));
		var siteLines = new ArrayList<SiteLine>();
		var columnLines = new ArrayList<ColumnLine>();
		for (var s : running) {
			var list = bySite.getOrDefault(s.id(), List.of());
			var last = list.stream().map(c -> c.standing().lastUpdate()).filter(java.util.Objects::nonNull)
				.max(Comparator.naturalOrder()).orElse(null);
			boolean quiet = last == null || last.isBefore(today.minusDays(QUIET_DAYS));
			siteLines.add(new SiteLine(s.id(), s.name(), s.type().label(), list.size(), count(list, ColumnStatus.OVERDUE),
					count(list, ColumnStatus.DUE_SOON), count(list, ColumnStatus.EMPTY), last, quiet));
			if (site == null || site.equals(s.id())) {
				list.stream().filter(c -> needsAttention(c.standing().status()))
					.sorted(Comparator.comparing((ColumnView c) -> c.standing().status().ordinal()).reversed()
						.thenComparing(ColumnView::name))
					.forEach(c -> columnLines.add(new ColumnLine(s.id(), s.name(), c.name(), c.standing().status().label(),
							c.standing().lastUpdate(), c.standing().deadline(), c.standing().daysLeft())));
			}
		}
		siteLines.sort(Comparator.comparingLong((SiteLine l) -> l.overdue() + l.empty()).reversed()
			.thenComparing(SiteLine::siteName));
		var open = messages.list(null, null, false);
		var late = open.stream().filter(m -> m.status().open() && m.clock().overdue())
			.sorted(Comparator.comparingInt(m -> m.clock().workingDaysLeft())).toList();
		var escalated = open.stream().filter(MessageView::escalated).toList();
		return new Overview(today, siteLines, columnLines, late, escalated);
	}

	/** The overview as a workbook: sites, columns needing attention, late and escalated messages. */
	@Transactional(readOnly = true)
	public byte[] workbook(@Nullable SiteId site) {
		var o = overview(site);
		return new Spreadsheet()
			.sheet("网站", List.of("网站", "类型", "栏目数", "已超期", "即将超期", "空白", "最近更新", "两周以上未更新"),
					o.sites().stream().map(l -> List.<Object>of(l.siteName(), l.siteType(), l.columns(), l.overdue(),
							l.dueSoon(), l.empty(), text(l.lastUpdate()), l.quiet() ? "是" : "否")).toList())
			.sheet("问题栏目", List.of("网站", "栏目", "状态", "最近更新", "更新期限", "剩余天数"),
					o.columns().stream().map(c -> List.<Object>of(c.siteName(), c.columnName(), c.statusLabel(),
							text(c.lastUpdate()), text(c.deadline()), c.daysLeft() == null ? "" : c.daysLeft())).toList())
			.sheet("超期留言", List.of("网站", "标题", "状态", "办理期限", "超期工作日", "已督办"),
					o.lateMessages().stream().map(m -> List.<Object>of(String.valueOf(m.siteName()), m.title(),
							m.status().label(), m.clock().deadline().toString(), -m.clock().workingDaysLeft(),
							m.escalated() ? "是" : "否")).toList())
			.bytes();
	}

	private static boolean needsAttention(ColumnStatus status) {
		return status == ColumnStatus.OVERDUE || status == ColumnStatus.DUE_SOON || status == ColumnStatus.EMPTY;
	}

	private static long count(List<ColumnView> list, ColumnStatus status) {
		return list.stream().filter(c -> c.standing().status() == status).count();
	}

	private static String text(@Nullable LocalDate date) {
		return date == null ? "" : date.toString();
	}
}

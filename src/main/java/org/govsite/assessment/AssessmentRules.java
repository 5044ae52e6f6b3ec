package org.govsite.assessment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.govsite.assessment.ColumnEvidence.ColumnFact;
import org.govsite.assessment.ColumnEvidence.UpdateKind;
import org.govsite.assessment.MessageEvidence.MessageFact;
import org.govsite.assessment.MessageEvidence.MessageKind;
import org.govsite.assessment.SiteAssessment.Bonus;
import org.govsite.assessment.SiteAssessment.Deduction;
import org.govsite.assessment.SiteAssessment.Unscored;
import org.govsite.assessment.SiteAssessment.Veto;
import org.govsite.assessment.SiteAssessment.Warning;
import org.govsite.site.SiteType;

/**
 * The national inspection indicators as a pure function of a site's facts (国办秘函〔2019〕19号): single-veto items
 * first (any one → unqualified, nothing else scored), then the deduction table under four capped headings, then bonus
 * items for portals above 80. Early warnings at the vendors' lines are given whatever the outcome. Each rule is one
 * method; every item keeps the evidence it counted.
 */
final class AssessmentRules {

	static final String NO_MONITORING = "暂无监测数据，未评分";
	static final String NO_DATA = "暂无数据，未评分";

	private final RuleTable table;

	AssessmentRules(RuleTable table) {
		this.table = table;
	}

	SiteAssessment assess(SiteFacts facts) {
		var vetoes = new ArrayList<Veto>();
		var warnings = new ArrayList<Warning>();
		var unscored = new ArrayList<Unscored>();
		security(facts, vetoes, unscored);
		availability(facts, vetoes, warnings, unscored);
		homePage(facts, vetoes, warnings, unscored);
		columns(facts, vetoes, warnings, unscored);
		interaction(facts, vetoes, warnings, unscored);
		services(facts, vetoes, warnings, unscored);
		var period = facts.period();
		if (!vetoes.isEmpty()) {
			return new SiteAssessment(facts.siteId(), facts.siteName(), facts.type().label(), period.from(), period.to(),
					false, null, null, null, vetoes, List.of(), List.of(), warnings, unscored);
		}
		var deductions = deductions(facts, unscored);
		boolean servicesScored = facts.services() == null || facts.services().offersPublicServices();
		double available = 0;
		for (var heading : Heading.values()) {
			if (heading != Heading.SERVICE || servicesScored) {
				available += table.headings().get(heading);
			}
		}
		double deducted = deductions.stream().mapToDouble(Deduction::points).sum();
		double deductionPart = round((available - deducted) * 100 / available);
		var bonuses = facts.type() == SiteType.PORTAL && deductionPart > table.line("bonus-from") ? bonuses(facts)
				: List.<Bonus>of();
		double bonusPart = round(Math.min(table.line("bonus-max"), bonuses.stream().mapToDouble(Bonus::points).sum()));
		double score = round(deductionPart + bonusPart);
		return new SiteAssessment(facts.siteId(), facts.siteName(), facts.type().label(), period.from(), period.to(),
				score >= table.line("pass-score"), score, deductionPart, bonusPart, List.of(), deductions, bonuses,
				warnings, unscored);
	}

	// ------------------------------------------------------------------ single-veto items

	/** 安全、保密事故: any serious finding (wording, secrets, illegal content, unhandled attack, forged date). */
	private void security(SiteFacts facts, List<Veto> vetoes, List<Unscored> unscored) {
		if (facts.findings() == null) {
			unscored.add(unscored(VetoItem.SECURITY, NO_MONITORING));
			return;
		}
		var serious = facts.findings().stream().filter(f -> f.kind().veto()).toList();
		if (!serious.isEmpty()) {
			vetoes.add(veto(VetoItem.SECURITY, "发现 " + serious.size() + " 项安全、保密事故或严重错误",
					serious.stream().map(f -> new Evidence("监测发现", f.id(), f.title(),
							f.kind().label() + "，" + f.foundOn() + " 发现" + (f.url() == null ? "" : "（" + f.url() + "）")))
						.toList()));
		}
	}

	/** 站点无法访问: a week of probes, ≥ 5 % failing (warning at 3 %). */
	private void availability(SiteFacts facts, List<Veto> vetoes, List<Warning> warnings, List<Unscored> unscored) {
		var figures = facts.availability();
		if (figures == null) {
			unscored.add(unscored(VetoItem.UNREACHABLE, NO_MONITORING));
			return;
		}
		long days = ChronoUnit.DAYS.between(figures.from(), figures.to()) + 1;
		if (figures.visits() < days * table.line("probe-visits-per-day")) {
			unscored.add(unscored(VetoItem.UNREACHABLE, "监测不足：" + days + " 天内访问 " + figures.visits() + " 次，少于每天 "
					+ table.whole("probe-visits-per-day") + " 次，未评分"));
			return;
		}
		var percent = figures.failurePercent();
		var evidence = List.of(new Evidence("可用性监测", null, figures.from() + " 至 " + figures.to(),
				"访问 " + figures.visits() + " 次，15 秒内未打开 " + figures.failures() + " 次（" + String.format("%.1f", percent)
						+ "%）"));
		if (percent >= table.line("unreachable-percent")) {
			vetoes.add(veto(VetoItem.UNREACHABLE, "一周内首页无法访问比例 " + String.format("%.1f", percent) + "%，达到 "
					+ table.whole("unreachable-percent") + "%", evidence));
		}
		else if (percent >= table.line("unreachable-warning-percent")) {
			warnings.add(warning(VetoItem.UNREACHABLE, "一周内首页无法访问比例 " + String.format("%.1f", percent) + "%，达到 "
					+ table.whole("unreachable-percent") + "% 将单项否决", evidence));
		}
	}

	/** 首页不更新: nothing new on the home page for 2 weeks (warning at 10 days); nothing dated counts as stale. */
	private void homePage(SiteFacts facts, List<Veto> vetoes, List<Warning> warnings, List<Unscored> unscored) {
		var home = facts.home();
		if (home == null) {
			unscored.add(unscored(VetoItem.HOME_NOT_UPDATED, NO_DATA));
			return;
		}
		var asOf = facts.period().to();
		if (home.lastUpdate() == null) {
			vetoes.add(veto(VetoItem.HOME_NOT_UPDATED, "首页没有任何带发布日期的信息",
					List.of(new Evidence("首页", null, "首页栏目",
							home.homeColumns().isEmpty() ? "首页没有栏目" : "首页栏目：" + String.join("、", home.homeColumns())))));
			return;
		}
		long days = ChronoUnit.DAYS.between(home.lastUpdate(), asOf);
		var evidence = List.of(new Evidence("首页", null, home.newestSource() == null ? "首页" : home.newestSource(),
				"首页最新信息发布于 " + home.lastUpdate() + "，截至 " + asOf + " 已 " + days + " 天没有新信息"));
		if (days >= table.line("home-days")) {
			vetoes.add(veto(VetoItem.HOME_NOT_UPDATED, "首页已 " + days + " 天没有新信息（" + table.whole("home-days")
					+ " 天即单项否决）", evidence));
		}
		else if (days >= table.line("home-warning-days")) {
			warnings.add(warning(VetoItem.HOME_NOT_UPDATED, "首页已 " + days + " 天没有新信息，满 " + table.whole("home-days")
					+ " 天将单项否决", evidence));
		}
	}

	/** Dynamic columns and first-level notice/policy columns past their deadline. */
	static boolean promptColumn(ColumnFact column) {
		return column.kind() == UpdateKind.DYNAMIC
				|| (column.firstLevel() && (column.kind() == UpdateKind.NOTICE || column.kind() == UpdateKind.POLICY));
	}

	/** 栏目不更新: ≥ 5 overdue prompt columns, ≥ 10 other overdue columns, or ≥ 5 empty columns. */
	private void columns(SiteFacts facts, List<Veto> vetoes, List<Warning> warnings, List<Unscored> unscored) {
		if (facts.columns() == null) {
			unscored.add(unscored(VetoItem.COLUMNS_NOT_UPDATED, NO_DATA));
			return;
		}
		var asOf = facts.period().to();
		var prompt = select(facts.columns(), c -> c.overdueOn(asOf) && promptColumn(c));
		var longStale = select(facts.columns(), c -> c.overdueOn(asOf) && !promptColumn(c));
		var empty = select(facts.columns(), ColumnFact::empty);
		columnLine(prompt, "stale-columns", "动态要闻类栏目超过 2 周、通知公告和政策文件类一级栏目超过 6 个月未更新", asOf, vetoes,
				warnings);
		columnLine(longStale, "long-stale-columns", "应更新栏目长期未更新", asOf, vetoes, warnings);
		columnLine(empty, "empty-columns", "空白栏目", asOf, vetoes, warnings);
	}

	private void columnLine(List<ColumnFact> counted, String line, String what, LocalDate asOf, List<Veto> vetoes,
			List<Warning> warnings) {
		var evidence = counted.stream().map(c -> columnEvidence(c, asOf)).toList();
		if (counted.size() >= table.line(line)) {
			vetoes.add(veto(VetoItem.COLUMNS_NOT_UPDATED, what + " " + counted.size() + " 个（" + table.whole(line)
					+ " 个即单项否决）", evidence));
		}
		else if (counted.size() >= table.line(line + "-warning")) {
			warnings.add(warning(VetoItem.COLUMNS_NOT_UPDATED, what + " " + counted.size() + " 个，达到 " + table.whole(line)
					+ " 个将单项否决", evidence));
		}
	}

	private static Evidence columnEvidence(ColumnFact column, LocalDate asOf) {
		if (column.empty()) {
			return Evidence.column(column.id(), column.name(), "栏目没有任何已发布信息");
		}
		return Evidence.column(column.id(), column.name(), "最后更新 " + column.lastUpdate() + "，更新期限 " + column.deadline()
				+ "，截至 " + asOf + " 已超期 " + ChronoUnit.DAYS.between(column.deadline(), asOf) + " 天");
	}

	/** 互动回应差: no working channel, or a consultation of the last year left unanswered for more than 3 months. */
	private void interaction(SiteFacts facts, List<Veto> vetoes, List<Warning> warnings, List<Unscored> unscored) {
		if (facts.channel() == null) {
			unscored.add(new Unscored("CHANNEL", "互动交流渠道", NO_DATA));
		}
		else if (!facts.channel().working()) {
			vetoes.add(veto(VetoItem.POOR_INTERACTION, "没有有效的在线咨询建议渠道",
					List.of(new Evidence("渠道", null, "互动交流渠道", facts.channel().entrance()))));
		}
		if (facts.messages() == null) {
			unscored.add(unscored(VetoItem.POOR_INTERACTION, NO_DATA));
			return;
		}
		var asOf = facts.period().to();
		int months = table.whole("unanswered-months");
		int warningMonths = table.whole("unanswered-warning-months");
		var late = new ArrayList<Evidence>();
		var soon = new ArrayList<Evidence>();
		for (var m : facts.messages()) {
			if (m.kind() != MessageKind.CONSULTATION || m.rejected()) {
				continue;
			}
			var limit = m.receivedOn().plusMonths(months);
			if (m.answeredOn() == null && asOf.isAfter(limit)) {
				late.add(Evidence.message(m.id(), m.title(), m.receivedOn() + " 收到，截至 " + asOf + " 超过 " + months
						+ " 个月未答复"));
			}
			else if (m.answeredOn() != null && m.answeredOn().isAfter(limit)) {
				late.add(Evidence.message(m.id(), m.title(), m.receivedOn() + " 收到，" + m.answeredOn() + " 才答复，超过 "
						+ months + " 个月"));
			}
			else if (m.answeredOn() == null && asOf.isAfter(m.receivedOn().plusMonths(warningMonths))) {
				soon.add(Evidence.message(m.id(), m.title(), m.receivedOn() + " 收到，已超过 " + warningMonths + " 个月未答复，"
						+ limit + " 后仍未答复将单项否决"));
			}
		}
		if (!late.isEmpty()) {
			vetoes.add(veto(VetoItem.POOR_INTERACTION, "近一年有 " + late.size() + " 条咨询留言超过 " + months + " 个月未答复", late));
		}
		if (!soon.isEmpty()) {
			warnings.add(warning(VetoItem.POOR_INTERACTION, soon.size() + " 条咨询留言超过 " + warningMonths + " 个月未答复", soon));
		}
	}

	/** 服务不实用: no online services, or ≥ 5 service items each missing ≥ 4 guide element classes. */
	private void services(SiteFacts facts, List<Veto> vetoes, List<Warning> warnings, List<Unscored> unscored) {
		var services = facts.services();
		if (services == null) {
			unscored.add(unscored(VetoItem.SERVICES_NOT_PRACTICAL, NO_DATA));
			return;
		}
		if (!services.offersPublicServices()) {
			return;
		}
		if (services.onlineItems() == 0) {
			vetoes.add(veto(VetoItem.SERVICES_NOT_PRACTICAL, "没有提供在线服务",
					List.of(new Evidence("服务事项", null, "政务服务事项目录", "可在线办理的服务事项为 0 项"))));
		}
		int missing = table.whole("guide-missing-elements");
		var poor = services.guides().stream().filter(g -> g.missingElements().size() >= missing)
			.map(g -> new Evidence("服务事项", g.id(), g.name(), "办事指南缺少 " + g.missingElements().size() + " 类要素："
					+ String.join("、", g.missingElements())))
			.toList();
		if (poor.size() >= table.line("guide-items")) {
			vetoes.add(veto(VetoItem.SERVICES_NOT_PRACTICAL, poor.size() + " 个服务事项的办事指南各缺少 " + missing + " 类以上要素（"
					+ table.whole("guide-items") + " 个即单项否决）", poor));
		}
		else if (poor.size() >= table.line("guide-items-warning")) {
			warnings.add(warning(VetoItem.SERVICES_NOT_PRACTICAL, poor.size() + " 个服务事项的办事指南各缺少 " + missing
					+ " 类以上要素，达到 " + table.whole("guide-items") + " 个将单项否决", poor));
		}
	}

	// ------------------------------------------------------------------ deduction items

	private List<Deduction> deductions(SiteFacts facts, List<Unscored> unscored) {
		var found = new EnumMap<DeductionItem, List<Evidence>>(DeductionItem.class);
		var asOf = facts.period().to();
		if (facts.columns() != null) {
			// each column is counted under exactly one item: empty, or stale by its class
			for (var column : facts.columns()) {
				DeductionItem item = null;
				if (column.empty()) {
					item = DeductionItem.EMPTY_COLUMN;
				}
				else if (column.overdueOn(asOf)) {
					item = column.kind() == UpdateKind.DYNAMIC ? DeductionItem.DYNAMIC_COLUMN_STALE
							: promptColumn(column) ? DeductionItem.POLICY_COLUMN_STALE : DeductionItem.REGULAR_COLUMN_STALE;
				}
				if (item != null) {
					found.computeIfAbsent(item, i -> new ArrayList<>()).add(columnEvidence(column, asOf));
				}
			}
		}
		else {
			unscored.add(unscored(DeductionItem.EMPTY_COLUMN, NO_DATA));
		}
		if (facts.services() != null) {
			for (var guide : facts.services().guides()) {
				if (!guide.missingElements().isEmpty()) {
					found.computeIfAbsent(DeductionItem.GUIDE_MISSING_ELEMENTS, i -> new ArrayList<>())
						.add(new Evidence("服务事项", guide.id(), guide.name(),
								"办事指南缺少：" + String.join("、", guide.missingElements())));
				}
			}
		}
		else {
			unscored.add(unscored(DeductionItem.GUIDE_MISSING_ELEMENTS, NO_DATA));
		}
		if (facts.messages() != null) {
			messageDeductions(facts.messages(), asOf, found);
		}
		if (facts.findings() != null) {
			for (var finding : facts.findings()) {
				var item = switch (finding.kind()) {
					case BROKEN_LINK_HOME -> DeductionItem.HOME_BROKEN_LINK;
					case BROKEN_LINK -> DeductionItem.PAGE_BROKEN_LINK;
					default -> null;
				};
				if (item != null) {
					found.computeIfAbsent(item, i -> new ArrayList<>()).add(new Evidence("监测发现", finding.id(),
							finding.title(), finding.kind().label() + (finding.url() == null ? "" : "：" + finding.url())));
				}
			}
		}
		else {
			unscored.add(unscored(DeductionItem.HOME_BROKEN_LINK, NO_MONITORING));
			unscored.add(unscored(DeductionItem.PAGE_BROKEN_LINK, NO_MONITORING));
		}
		return capped(found, facts.services() == null || facts.services().offersPublicServices());
	}

	private void messageDeductions(List<MessageFact> messages, LocalDate asOf, Map<DeductionItem, List<Evidence>> found) {
		LocalDate latestReply = null;
		for (var m : messages) {
			if (m.publishedOn() != null && (latestReply == null || m.publishedOn().isAfter(latestReply))) {
				latestReply = m.publishedOn();
			}
			if (m.rejected()) {
				continue;
			}
			boolean openLate = m.answeredOn() == null && asOf.isAfter(m.deadline());
			boolean closedLate = m.answeredOn() != null && m.answeredOn().isAfter(m.deadline());
			DeductionItem item = null;
			String detail = null;
			if (m.kind() == MessageKind.ERROR_REPORT && openLate) {
				item = DeductionItem.ERROR_REPORT_OPEN;
				detail = m.receivedOn() + " 收到，办理期限 " + m.deadline() + "，截至 " + asOf + " 未办结";
			}
			else if (m.kind() == MessageKind.ERROR_REPORT && closedLate) {
				item = DeductionItem.ERROR_REPORT_LATE;
				detail = m.receivedOn() + " 收到，办理期限 " + m.deadline() + "，" + m.answeredOn() + " 办结";
			}
			else if (m.kind() != MessageKind.ERROR_REPORT && (openLate || closedLate)) {
				item = DeductionItem.MESSAGE_OVERDUE;
				detail = m.receivedOn() + " 收到，办理期限 " + m.deadline() + "，"
						+ (openLate ? "截至 " + asOf + " 未办结" : m.answeredOn() + " 办结");
			}
			if (item != null) {
				found.computeIfAbsent(item, i -> new ArrayList<>()).add(Evidence.message(m.id(), m.title(), detail));
			}
		}
		var staleBefore = asOf.minusMonths(table.whole("replies-stale-months"));
		if (!messages.isEmpty() && (latestReply == null || latestReply.isBefore(staleBefore))) {
			found.put(DeductionItem.REPLIES_NOT_UPDATED, List.of(new Evidence("留言答复", null, "公开答复",
					latestReply == null ? "近一年收到 " + messages.size() + " 条留言，没有公开答复"
							: "最近一次公开答复在 " + latestReply + "，此后超过 " + table.whole("replies-stale-months") + " 个月未更新")));
		}
	}

	/** Points per item up to the item's cap, then up to the heading's points (items in table order take first). */
	private List<Deduction> capped(Map<DeductionItem, List<Evidence>> found, boolean servicesScored) {
		var left = new EnumMap<Heading, Double>(table.headings());
		var result = new ArrayList<Deduction>();
		for (var entry : found.entrySet()) {
			var item = entry.getKey();
			var heading = item.heading();
			if (heading == Heading.SERVICE && !servicesScored) {
				continue;
			}
			double points = Math.min(table.caps().get(item), table.points().get(item) * entry.getValue().size());
			points = round(Math.min(points, left.get(heading)));
			left.put(heading, left.get(heading) - points);
			result.add(new Deduction(heading, heading.label(), item, item.label(), points, List.copyOf(entry.getValue())));
		}
		return result;
	}

	// ------------------------------------------------------------------ bonus items

	private List<Bonus> bonuses(SiteFacts facts) {
		var result = new ArrayList<Bonus>();
		var channel = facts.channel();
		if (channel != null && channel.solicitationsInYear() >= table.line("solicitations-for-bonus")) {
			result.add(new Bonus(BonusItem.SOLICITATIONS, BonusItem.SOLICITATIONS.label(),
					table.bonus().get(BonusItem.SOLICITATIONS), List.of(new Evidence("征集调查", null, channel.entrance(),
							"近一年开展征集调查 " + channel.solicitationsInYear() + " 期"))));
		}
		return result;
	}

	// ------------------------------------------------------------------ helpers

	private static <T> List<T> select(List<T> list, Predicate<T> test) {
		return list.stream().filter(test).toList();
	}

	private static Veto veto(VetoItem item, String reason, List<Evidence> evidence) {
		return new Veto(item, item.label(), reason, List.copyOf(evidence));
	}

	private static Warning warning(VetoItem item, String reason, List<Evidence> evidence) {
		return new Warning(item, item.label(), reason, List.copyOf(evidence));
	}

	private static Unscored unscored(VetoItem item, String reason) {
		return new Unscored(item.name(), item.label(), reason);
	}

	private static Unscored unscored(DeductionItem item, String reason) {
		return new Unscored(item.name(), item.label(), reason);
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}

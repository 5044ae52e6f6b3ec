package org.govsite.interaction;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.interaction.MessageLifecycle.Status;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures and exports of messages (留言办理统计): for the site's responders and the supervisor; the annual report
 * reads the figures alone ({@link #figures}), without personal data.
 */
@Service
public class MessageReports {

	private final MessageStore store;
	private final CalendarDeadlines deadlines;
	private final MessageNames names;
	private final Clock clock;

	MessageReports(MessageStore store, CalendarDeadlines deadlines, MessageNames names, Clock clock) {
		this.store = store;
		this.deadlines = deadlines;
		this.names = names;
		this.clock = clock;
	}

	/** Figures over the messages received in the period (see {@link MessageStatistics}); supervisors and responders. */
	@Transactional(readOnly = true)
	public MessageStatistics statistics(@Nullable SiteId site, LocalDate from, LocalDate to) {
		requireReporter(site);
		return figures(site, from, to);
	}

	/** The same figures without an access check, for {@link InteractionReport} (figures only, no personal data). */
	MessageStatistics figures(@Nullable SiteId site, LocalDate from, LocalDate to) {
		var rows = store.receivedBetween(site == null ? null : site.value(), from, to);
		var days = deadlines.days();
		var today = LocalDate.now(clock);
		long closed = 0;
		long onTime = 0;
		long published = 0;
		long open = 0;
		long overdue = 0;
		double working = 0;
		double calendarDays = 0;
		for (var m : rows) {
			if (m.status().open()) {
				open++;
				if (today.isAfter(m.deadline())) {
					overdue++;
				}
				continue;
			}
			if (m.closedAt() == null) {
				continue;
			}
			closed++;
			var closedOn = LocalDate.ofInstant(m.closedAt(), clock.getZone());
			if (!closedOn.isAfter(m.deadline())) {
				onTime++;
			}
			if (m.status() == Status.PUBLISHED) {
				published++;
			}
			working += days.countWorking(m.receivedOn(), closedOn);
			calendarDays += Duration.between(m.receivedAt(), m.closedAt()).toMinutes() / (24.0 * 60);
		}
		var ratings = store.ratingsBetween(site == null ? null : site.value(), from, to);
		long satisfied = ratings.getOrDefault(Satisfaction.SATISFIED, 0L);
		long basic = ratings.getOrDefault(Satisfaction.BASIC, 0L);
		long unsatisfied = ratings.getOrDefault(Satisfaction.UNSATISFIED, 0L);
		long rated = satisfied + basic + unsatisfied;
		return new MessageStatistics(site, from, to, rows.size(), closed, closed == 0 ? 0 : round(working / closed),
				closed == 0 ? 0 : round(calendarDays / closed), closed == 0 ? 0 : round((double) onTime / closed), published,
				open, overdue, satisfied, basic, unsatisfied, rated == 0 ? 0 : round((double) (satisfied + basic) / rated));
	}

	/** The period's messages as CSV (UTF-8 with BOM, personal data masked, formula-like cells neutralised). */
	@Transactional(readOnly = true)
	public String exportCsv(@Nullable SiteId site, LocalDate from, LocalDate to) {
		requireReporter(site);
		var csv = new StringBuilder("\uFEFF");
		csv.append(String.join(",", EXPORT_HEADER)).append("\r\n");
		for (var row : exportRows(site, from, to)) {
			csv.append(String.join(",", row.stream().map(MessageReports::csvCell).toList())).append("\r\n");
		}
		return csv.toString();
	}

	/**
	 * The period's messages as an XLSX workbook: the same columns and rows as {@link #exportCsv} (personal data masked;
	 * every cell is a text cell, so nothing typed becomes a formula) on the sheet 留言明细, and the period's figures on
	 * the sheet 统计.
	 */
	@Transactional(readOnly = true)
	public byte[] exportXlsx(@Nullable SiteId site, LocalDate from, LocalDate to) {
		var figures = statistics(site, from, to);
		var rows = exportRows(site, from, to);
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				var out = new java.io.ByteArrayOutputStream()) {
			var bold = workbook.createFont();
			bold.setBold(true);
			var headStyle = workbook.createCellStyle();
			headStyle.setFont(bold);
			var sheet = workbook.createSheet("留言明细");
			var head = sheet.createRow(0);
			for (int c = 0; c < EXPORT_HEADER.size(); c++) {
				var cell = head.createCell(c);
				cell.setCellValue(EXPORT_HEADER.get(c));
				cell.setCellStyle(headStyle);
			}
			for (int r = 0; r < rows.size(); r++) {
				var line = sheet.createRow(r + 1);
				var values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					line.createCell(c).setCellValue(values.get(c));
				}
			}
			sheet.createFreezePane(0, 1);
			var summary = workbook.createSheet("统计");
			var lines = List.of(
					List.<Object>of("网站", site == null ? "全平台" : names.sites().apply(site.value())),
					List.<Object>of("起始日期", from.toString()), List.<Object>of("截止日期", to.toString()),
					List.<Object>of("收到", figures.received()), List.<Object>of("已办结", figures.closed()),
					List.<Object>of("平均办理（工作日）", figures.averageWorkingDays()),
					List.<Object>of("平均办理（自然日）", figures.averageCalendarDays()),
					List.<Object>of("按期办结率", figures.onTimeRate()), List.<Object>of("公开答复", figures.publicReplies()),
					List.<Object>of("办理中", figures.open()), List.<Object>of("已超期", figures.overdue()),
					List.<Object>of("已评价", figures.rated()), List.<Object>of("满意", figures.satisfied()),
					List.<Object>of("基本满意", figures.basicallySatisfied()), List.<Object>of("不满意", figures.unsatisfied()),
					List.<Object>of("满意率", figures.satisfactionRate()));
			for (int r = 0; r < lines.size(); r++) {
				var line = summary.createRow(r);
				line.createCell(0).setCellValue((String) lines.get(r).get(0));
				var value = lines.get(r).get(1);
				if (value instanceof Number number) {
					line.createCell(1).setCellValue(number.doubleValue());
				}
				else {
					line.createCell(1).setCellValue(String.valueOf(value));
				}
			}
			summary.setColumnWidth(0, 20 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	static final List<String> EXPORT_HEADER = List.of("编号", "网站", "类别", "标题", "留言人", "手机号码", "状态", "收到时间",
			"办理期限", "剩余工作日", "承办单位", "办结时间", "是否按期");

	/** One row of text per message received in the period, personal data masked (checks the reader first). */
	private List<List<String>> exportRows(@Nullable SiteId site, LocalDate from, LocalDate to) {
		requireReporter(site);
		var siteNames = names.sites();
		var unitNames = names.units();
		var days = deadlines.days();
		var today = LocalDate.now(clock);
		var rows = new ArrayList<List<String>>();
		for (var m : store.receivedBetween(site == null ? null : site.value(), from, to)) {
			var clockView = MessageClock.of(m, days, today);
			var closedOn = m.closedAt() == null ? null : LocalDate.ofInstant(m.closedAt(), clock.getZone());
			rows.add(List.of(m.id().toString(), m.siteId() == null ? "平台" : siteNames.apply(m.siteId()),
					m.category().label(), m.title(), PersonalDataMask.name(m.name()), PersonalDataMask.mobile(m.mobile()),
					m.status().label(), m.receivedAt().atZone(clock.getZone()).toLocalDateTime().withNano(0).toString(),
					m.deadline().toString(), m.status().open() ? Integer.toString(clockView.workingDaysLeft()) : "",
					m.unitId() == null ? "" : unitNames.apply(m.unitId()),
					closedOn == null ? "" : closedOn.toString(),
					closedOn == null ? "" : (!closedOn.isAfter(m.deadline()) ? "是" : "否")));
		}
		return rows;
	}

	static String csvCell(String value) {
		var cell = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + cell.replace("\"", "\"\"") + "\"";
	}

	private void requireReporter(@Nullable SiteId site) {
		var user = CurrentUser.require();
		boolean allowed = user.hasPlatformRole(Role.SUPERVISOR) || user.hasPlatformRole(Role.RESPONDER)
				|| (site != null && user.hasRoleOn(Role.RESPONDER, site));
		if (!allowed) {
			throw Refusal.forbidden(site == null ? "全平台统计仅限主管单位监管员查看，请指定网站" : "当前账号无权查看该网站的留言统计");
		}
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}
}

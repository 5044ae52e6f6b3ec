package org.govsite.interaction.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.govsite.calendar.WorkingDayCalendar;
import org.govsite.iam.Role;
import org.govsite.interaction.MessageStatistics;
import org.govsite.interaction.MessageReports;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.govsite.site.SiteId;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * 留言统计 in the console: the service's figures for a site (or the platform, for the supervisor) and period, each
 * month's received and closed messages as a table and an ECharts chart, and the CSV and XLSX exports through the session.
 */
@ConsoleController
@RequestMapping("/interaction/statistics")
@PreAuthorize("hasAnyRole('RESPONDER','SUPERVISOR')")
class MessageStatisticsConsole {

	/** Longest period split into months for the table and chart. */
	static final int MAX_MONTHS = 36;

	/** One month's figures, for the table and the chart. */
	public record Month(String label, long received, long closed) {
	}

	private final MessageReports messages;
	private final Sites sitesRegistry;
	private final Clock clock;
	private final JsonMapper json;

	MessageStatisticsConsole(MessageReports messages, Sites sitesRegistry, Clock clock, JsonMapper json) {
		this.messages = messages;
		this.sitesRegistry = sitesRegistry;
		this.clock = clock;
		this.json = json;
	}

	@GetMapping
	String statistics(@RequestParam(required = false) @Nullable String site,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Model model) {
		var me = MessageConsole.me();
		var sites = MessageConsole.visibleSites(sitesRegistry, me);
		var platform = me.hasPlatformRole(Role.SUPERVISOR) || me.hasPlatformRole(Role.RESPONDER);
		var siteId = SiteId.of(site);
		if (siteId == null && !me.hasPlatformRole(Role.SUPERVISOR) && !sites.isEmpty() && site == null) {
			siteId = sites.get(0).id();
		}
		model.addAttribute("section", "interaction");
		model.addAttribute("tab", "statistics");
		model.addAttribute("sites", sites);
		model.addAttribute("platform", platform);
		model.addAttribute("site", siteId == null ? "" : siteId.toString());
		model.addAttribute("siteName", siteId == null ? "全平台" : nameOf(sites, siteId));
		var today = LocalDate.now(clock);
		model.addAttribute("from", from == null ? today.withDayOfYear(1).toString() : from);
		model.addAttribute("to", to == null ? today.toString() : to);
		try {
			var period = period(from, to, today);
			var figures = messages.statistics(siteId, period[0], period[1]);
			model.addAttribute("stats", figures);
			var months = months(siteId, period[0], period[1]);
			model.addAttribute("months", months);
			model.addAttribute("chart", json.writeValueAsString(chart(months)));
			model.addAttribute("reasons", List.of());
		}
		catch (Refusal refusal) {
			model.addAttribute("reasons", refusal.reasons());
		}
		return "interaction/console/statistics";
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable String site,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
		var period = period(from, to, LocalDate.now(clock));
		var csv = messages.exportCsv(SiteId.of(site), period[0], period[1]);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("messages-" + period[0] + "-" + period[1] + ".csv").build().toString())
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	/** The period's messages and figures as an Excel workbook (personal data masked). */
	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@RequestParam(required = false) @Nullable String site,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
		var period = period(from, to, LocalDate.now(clock));
		var xlsx = messages.exportXlsx(SiteId.of(site), period[0], period[1]);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("messages-" + period[0] + "-" + period[1] + ".xlsx").build().toString())
			.body(xlsx);
	}

	private static String nameOf(List<SiteView> sites, SiteId id) {
		return sites.stream().filter(s -> s.id().equals(id)).map(SiteView::name).findFirst().orElse("");
	}

	/** Each calendar month of the period (clipped to it): messages received then, and how many of them are closed. */
	private List<Month> months(@Nullable SiteId site, LocalDate from, LocalDate to) {
		var result = new ArrayList<Month>();
		var month = YearMonth.from(from);
		var last = YearMonth.from(to);
		if (month.plusMonths(MAX_MONTHS).isBefore(last)) {
			return result;
		}
		while (!month.isAfter(last)) {
			var start = month.atDay(1).isBefore(from) ? from : month.atDay(1);
			var end = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
			MessageStatistics figures = messages.statistics(site, start, end);
			result.add(new Month(month.getYear() + "年" + month.getMonthValue() + "月", figures.received(), figures.closed()));
			month = month.plusMonths(1);
		}
		return result;
	}

	private static java.util.Map<String, Object> chart(List<Month> months) {
		var data = new java.util.LinkedHashMap<String, Object>();
		data.put("months", months.stream().map(Month::label).toList());
		data.put("received", months.stream().map(Month::received).toList());
		data.put("closed", months.stream().map(Month::closed).toList());
		return data;
	}

	/** Defaults: the current year up to today. */
	static LocalDate[] period(@Nullable String from, @Nullable String to, LocalDate today) {
		var end = to == null || to.isBlank() ? today : WorkingDayCalendar.parseDate(to);
		var start = from == null || from.isBlank() ? end.withDayOfYear(1) : WorkingDayCalendar.parseDate(from);
		if (start.isAfter(end)) {
			throw Refusal.invalid("起始日期不能晚于截止日期");
		}
		return new LocalDate[] { start, end };
	}
}

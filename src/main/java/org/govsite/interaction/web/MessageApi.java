package org.govsite.interaction.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.govsite.calendar.WorkingDayCalendar;
import org.govsite.interaction.MessageId;
import org.govsite.interaction.MessageLifecycle;
import org.govsite.interaction.MessageStatistics;
import org.govsite.interaction.MessageView;
import org.govsite.interaction.MessageReports;
import org.govsite.interaction.Messages;
import org.govsite.interaction.TransitionCommand;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The responders' API: list, read and move messages; statistics, CSV and XLSX export. Access rules live in {@link Messages} and
 * {@link MessageReports}. */
@RestController
@RequestMapping("/api/v1/messages")
class MessageApi {

	private final Messages messages;
	private final MessageReports reports;
	private final Clock clock;

	MessageApi(Messages messages, MessageReports reports, Clock clock) {
		this.messages = messages;
		this.reports = reports;
		this.clock = clock;
	}

	@GetMapping
	List<MessageView> list(@RequestParam(required = false) @Nullable String siteId,
			@RequestParam(required = false) MessageLifecycle.@Nullable Status status,
			@RequestParam(defaultValue = "false") boolean overdue) {
		return messages.list(SiteId.of(siteId), status, overdue);
	}

	@GetMapping("/{id}")
	MessageView get(@PathVariable String id) {
		return messages.get(MessageId.of(id));
	}

	/** {@code {"action": "ACCEPT|TRANSFER|START|ANSWER|REJECT|REQUEST_EXTENSION|APPROVE_EXTENSION|SIGN_OFF|PUBLISH", ...}}. */
	@PostMapping("/{id}/transitions")
	MessageView transition(@PathVariable String id, @RequestBody TransitionCommand command) {
		return messages.transition(MessageId.of(id), command);
	}

	record AcceptAndAnswer(@Nullable String reply, @Nullable String comment) {
	}

	/** 受理并答复 in one step: {@code {"reply": "…", "comment": "…"}} (ACCEPT, START, ANSWER; all or nothing). */
	@org.springframework.web.bind.annotation.PostMapping("/{id}/accept-and-answer")
	MessageView acceptAndAnswer(@PathVariable String id, @org.springframework.web.bind.annotation.RequestBody AcceptAndAnswer body) {
		return messages.acceptAndAnswer(MessageId.of(id), body.reply(), body.comment());
	}

	@GetMapping("/statistics")
	MessageStatistics statistics(@RequestParam(required = false) @Nullable String siteId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
		var period = period(from, to);
		return reports.statistics(SiteId.of(siteId), period[0], period[1]);
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable String siteId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
		var period = period(from, to);
		var csv = reports.exportCsv(SiteId.of(siteId), period[0], period[1]);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("messages-" + period[0] + "-" + period[1] + ".csv").build().toString())
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	/** The period's messages and figures as an Excel workbook (personal data masked). */
	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@RequestParam(required = false) @Nullable String siteId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
		var period = period(from, to);
		var xlsx = reports.exportXlsx(SiteId.of(siteId), period[0], period[1]);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("messages-" + period[0] + "-" + period[1] + ".xlsx").build().toString())
			.body(xlsx);
	}

	/** Defaults: the current year up to today. */
	private LocalDate[] period(@Nullable String from, @Nullable String to) {
		var end = to == null || to.isBlank() ? LocalDate.now(clock) : WorkingDayCalendar.parseDate(to);
		var start = from == null || from.isBlank() ? end.withDayOfYear(1) : WorkingDayCalendar.parseDate(from);
		if (start.isAfter(end)) {
			throw org.govsite.shared.Refusal.invalid("起始日期不能晚于截止日期");
		}
		return new LocalDate[] { start, end };
	}
}

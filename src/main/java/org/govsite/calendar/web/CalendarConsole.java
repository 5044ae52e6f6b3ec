package org.govsite.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.govsite.calendar.CalendarSource;
import org.govsite.calendar.NoticeDay;
import org.govsite.calendar.WorkingDayCalendar;
import org.govsite.calendar.WorkingDays;
import org.govsite.calendar.YearCalendar;
import org.govsite.calendar.YearNoticeForm;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 工作日历 in the console: a year's holidays and make-up workdays with their source, a deadline calculator (anyone
 * signed in), and the form with which the system administrator enters or replaces a year's notice.
 */
@ConsoleController
@RequestMapping("/calendar")
class CalendarConsole {

	/** One row of the notice form, as typed ({@code kind}: {@code OFF} 放假 or {@code WORK} 调休上班). */
	public record Row(String date, String name, String kind) {

		static Row empty() {
			return new Row("", "", "OFF");
		}

		boolean blank() {
			return date.isBlank() && name.isBlank();
		}
	}

	/** One line of the year view. */
	public record Line(LocalDate date, String weekday, String name, boolean offDay, String source) {
	}

	private final WorkingDayCalendar calendar;
	private final Clock clock;

	CalendarConsole(WorkingDayCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("section", "calendar");
	}

	@GetMapping
	String year(@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String workdays, Model model) {
		var reasons = new ArrayList<String>();
		int shown = LocalDate.now(clock).getYear();
		if (year != null && !year.isBlank()) {
			try {
				shown = Integer.parseInt(year.strip());
			}
			catch (NumberFormatException e) {
				reasons.add("年份「" + year + "」无法识别，请填写四位数字，例如 2027");
			}
		}
		YearCalendar view;
		try {
			view = calendar.year(shown);
		}
		catch (Refusal refusal) {
			reasons.addAll(refusal.reasons());
			shown = LocalDate.now(clock).getYear();
			view = calendar.year(shown);
		}
		model.addAttribute("yearReasons", reasons);
		calculator(model, from, workdays);
		return page(model, view, rowsOf(view), view.announced() || view.source() == CalendarSource.NONE, "", List.of());
	}

	@PostMapping("/{year}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String replace(@PathVariable int year, @RequestParam(required = false) @Nullable String announced,
			@RequestParam(name = "date", required = false) @Nullable List<String> dates,
			@RequestParam(name = "name", required = false) @Nullable List<String> names,
			@RequestParam(name = "kind", required = false) @Nullable List<String> kinds,
			@RequestParam(required = false) @Nullable String bulk, Model model, RedirectAttributes redirect) {
		var rows = rows(dates, names, kinds);
		var reasons = new ArrayList<String>();
		var days = new ArrayList<YearNoticeForm.Day>();
		for (int i = 0; i < rows.size(); i++) {
			var row = rows.get(i);
			if (!row.blank()) {
				days.add(day(row, "第 " + (i + 1) + " 行", reasons));
			}
		}
		var lines = bulk == null ? new String[0] : bulk.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			var line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			var parts = line.split("[,，]", -1);
			var where = "批量录入第 " + (i + 1) + " 行";
			if (parts.length != 3) {
				reasons.add(where + "「" + line + "」应为「日期,名称,放假或调休上班」三项，用逗号分隔");
				continue;
			}
			var kind = switch (parts[2].strip()) {
				case "放假", "休", "休息" -> "OFF";
				case "调休上班", "上班", "班" -> "WORK";
				default -> "";
			};
			if (kind.isEmpty()) {
				reasons.add(where + "：第三项应为「放假」或「调休上班」，收到的是「" + parts[2].strip() + "」");
				continue;
			}
			days.add(day(new Row(parts[0].strip(), parts[1].strip(), kind), where, reasons));
		}
		boolean isAnnounced = !"false".equals(announced);
		if (reasons.isEmpty()) {
			try {
				calendar.replaceYear(year, new YearNoticeForm(isAnnounced, days));
				redirect.addFlashAttribute(ConsoleForms.FLASH, "已保存 " + year + " 年放假安排（共 " + days.size() + " 天）");
				return "redirect:/calendar?year=" + year;
			}
			catch (Refusal refusal) {
				reasons.addAll(refusal.reasons());
			}
		}
		model.addAttribute("yearReasons", List.of());
		calculator(model, null, null);
		var typedRows = new ArrayList<>(rows.stream().filter(row -> !row.blank()).toList());
		typedRows.add(Row.empty());
		return page(model, calendar.year(year), typedRows, isAnnounced, bulk == null ? "" : bulk, reasons);
	}

	private static YearNoticeForm.Day day(Row row, String where, List<String> reasons) {
		LocalDate date = null;
		try {
			date = LocalDate.parse(row.date().strip());
		}
		catch (DateTimeParseException e) {
			reasons.add(where + "：日期「" + row.date().strip() + "」无法识别，请按 YYYY-MM-DD 格式填写");
		}
		return new YearNoticeForm.Day(date, row.name().strip(), !"WORK".equals(row.kind()));
	}

	private static List<Row> rows(@Nullable List<String> dates, @Nullable List<String> names,
			@Nullable List<String> kinds) {
		int size = Math.max(dates == null ? 0 : dates.size(), names == null ? 0 : names.size());
		var rows = new ArrayList<Row>();
		for (int i = 0; i < size; i++) {
			rows.add(new Row(at(dates, i), at(names, i), kinds == null || i >= kinds.size() ? "OFF" : kinds.get(i)));
		}
		return rows;
	}

	private static String at(@Nullable List<String> values, int i) {
		return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
	}

	private void calculator(Model model, @Nullable String from, @Nullable String workdays) {
		model.addAttribute("calcFrom", from == null ? LocalDate.now(clock).toString() : from);
		model.addAttribute("calcDays", workdays == null ? "" : workdays);
		var reasons = new ArrayList<String>();
		if (from != null || workdays != null) {
			try {
				if (from == null || from.isBlank()) {
					throw Refusal.invalid("请填写收到日期");
				}
				if (workdays == null || workdays.isBlank()) {
					throw Refusal.invalid("请填写工作日数");
				}
				model.addAttribute("deadline",
						calendar.deadline(WorkingDayCalendar.parseDate(from), WorkingDays.parse(workdays)));
			}
			catch (Refusal refusal) {
				reasons.addAll(refusal.reasons());
			}
		}
		model.addAttribute("calcReasons", reasons);
	}

	private String page(Model model, YearCalendar view, List<Row> rows, boolean announced, String bulk,
			List<String> reasons) {
		model.addAttribute("year", view.year());
		model.addAttribute("view", view);
		model.addAttribute("lines", lines(view));
		model.addAttribute("rows", rows);
		model.addAttribute("announced", announced);
		model.addAttribute("bulk", bulk);
		model.addAttribute("reasons", reasons);
		model.addAttribute("sourceLabel", sourceLabel(view));
		return "calendar/year";
	}

	private static List<Row> rowsOf(YearCalendar view) {
		var rows = new ArrayList<Row>();
		if (view.source() != CalendarSource.NONE) {
			view.days().forEach(day -> rows.add(new Row(day.date().toString(), day.name(), day.offDay() ? "OFF" : "WORK")));
		}
		rows.add(Row.empty());
		return rows;
	}

	private static List<Line> lines(YearCalendar view) {
		List<NoticeDay> days = view.announced() ? view.days() : view.provisionalHolidays();
		var source = view.announced() ? sourceLabel(view) : "暂定（按法定节假日推算）";
		return days.stream()
			.sorted(java.util.Comparator.comparing(NoticeDay::date))
			.map(day -> new Line(day.date(), day.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA),
					day.name(), day.offDay(), source))
			.toList();
	}

	static String sourceLabel(YearCalendar view) {
		if (!view.announced()) {
			return view.source() == CalendarSource.PLATFORM ? "平台录入（未公布，暂定）" : "暂定（按法定节假日推算）";
		}
		return switch (view.source()) {
			case BUNDLED -> "国务院放假通知（随平台发布）";
			case PLATFORM -> "平台录入";
			case NONE -> "暂定（按法定节假日推算）";
		};
	}
}

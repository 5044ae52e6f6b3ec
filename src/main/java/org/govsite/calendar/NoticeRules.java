package org.govsite.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.govsite.shared.Refusal;

/**
 * What a year's notice entered on the platform must satisfy. Every broken rule is reported, each as a Chinese
 * sentence naming the entry (第 n 条) it concerns.
 */
final class NoticeRules {

	static final int MAX_NAME_LENGTH = 50;

	private NoticeRules() {
	}

	/** Checks the form and returns the notice it describes, or throws a refusal listing every problem. */
	static YearNotice require(int year, YearNoticeForm form) {
		CalendarRange.require(year);
		var reasons = new ArrayList<String>();
		if (form.announced() == null) {
			reasons.add("请注明该年度放假安排是否已公布（announced）");
		}
		var entries = form.days() == null ? List.<YearNoticeForm.Day>of() : form.days();
		if (form.days() == null) {
			reasons.add("请提供该年度的放假和调休日期列表（days），没有时填写空列表");
		}
		var days = new ArrayList<NoticeDay>();
		var seen = new HashSet<LocalDate>();
		for (int i = 0; i < entries.size(); i++) {
			var entry = entries.get(i);
			var at = "第 " + (i + 1) + " 条";
			if (entry == null) {
				reasons.add(at + "为空");
				continue;
			}
			var date = entry.date();
			var name = entry.name() == null ? "" : entry.name().strip();
			if (date == null) {
				reasons.add(at + "：请填写日期");
			}
			else if (date.getYear() != year) {
				reasons.add(at + "：日期 " + date + " 不在 " + year + " 年内");
			}
			else if (!seen.add(date)) {
				reasons.add(at + "：日期 " + date + " 重复出现");
			}
			if (name.isEmpty()) {
				reasons.add(at + "：请填写节日名称");
			}
			else if (name.length() > MAX_NAME_LENGTH) {
				reasons.add(at + "：节日名称不能超过 " + MAX_NAME_LENGTH + " 个字");
			}
			if (entry.offDay() == null) {
				reasons.add(at + "：请注明是放假（offDay: true）还是调休上班（offDay: false）");
			}
			else if (!entry.offDay() && date != null && !DayClassifier.isWeekend(date)) {
				reasons.add(at + "：调休上班日 " + date + " 应为周六或周日");
			}
			if (date != null && entry.offDay() != null && !name.isEmpty()) {
				days.add(new NoticeDay(date, name, entry.offDay()));
			}
		}
		if (Boolean.TRUE.equals(form.announced()) && entries.isEmpty()) {
			reasons.add("已公布的年度至少应有一天放假安排；尚未公布时请将 announced 设为 false");
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		return new YearNotice(year, Boolean.TRUE.equals(form.announced()), CalendarSource.PLATFORM, days, List.of());
	}
}

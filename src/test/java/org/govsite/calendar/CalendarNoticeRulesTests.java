package org.govsite.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.govsite.shared.Refusal;
import org.junit.jupiter.api.Test;

/** What a notice entered on the platform must satisfy. */
class CalendarNoticeRulesTests {

	private static YearNoticeForm.Day day(String date, String name, Boolean offDay) {
		return new YearNoticeForm.Day(LocalDate.parse(date), name, offDay);
	}

	@Test
	void aValidNoticeIsAccepted() {
		var notice = NoticeRules.require(2027, new YearNoticeForm(true,
				List.of(day("2027-02-06", " 春节 ", true), day("2027-02-20", "春节", false))));
		assertThat(notice.announced()).isTrue();
		assertThat(notice.source()).isEqualTo(CalendarSource.PLATFORM);
		assertThat(notice.days()).containsExactly(new NoticeDay(LocalDate.of(2027, 2, 6), "春节", true),
				new NoticeDay(LocalDate.of(2027, 2, 20), "春节", false));
	}

	@Test
	void aYearNotAnnouncedMayBeEmpty() {
		assertThat(NoticeRules.require(2028, new YearNoticeForm(false, List.of())).announced()).isFalse();
	}

	@Test
	void everyBrokenRuleIsReportedInChinese() {
		var refusal = catchThrowableOfType(Refusal.class,
				() -> NoticeRules.require(2027, new YearNoticeForm(true, Arrays.asList(
						day("2026-12-31", "元旦", true), // outside the year
						day("2027-02-06", "春节", true), day("2027-02-06", "春节", true), // duplicate
						day("2027-02-07", "  ", true), // blank name
						day("2027-02-09", "春节", false), // make-up workday on a Tuesday
						new YearNoticeForm.Day(null, "春节", null)))));
		assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
		assertThat(refusal.reasons()).containsExactly("第 1 条：日期 2026-12-31 不在 2027 年内",
				"第 3 条：日期 2027-02-06 重复出现", "第 4 条：请填写节日名称", "第 5 条：调休上班日 2027-02-09 应为周六或周日",
				"第 6 条：请填写日期", "第 6 条：请注明是放假（offDay: true）还是调休上班（offDay: false）");
	}

	@Test
	void anAnnouncedYearNeedsDaysAndTheFlagIsRequired() {
		assertThat(catchThrowableOfType(Refusal.class, () -> NoticeRules.require(2027, new YearNoticeForm(true, List.of())))
			.reasons()).containsExactly("已公布的年度至少应有一天放假安排；尚未公布时请将 announced 设为 false");
		assertThat(catchThrowableOfType(Refusal.class, () -> NoticeRules.require(2027, new YearNoticeForm(null, null)))
			.reasons()).hasSize(2);
		assertThat(catchThrowableOfType(Refusal.class, () -> NoticeRules.require(1900, new YearNoticeForm(false, List.of())))
			.reasons()).containsExactly("年份须在 1950 至 2150 之间，收到的是 1900");
	}
}

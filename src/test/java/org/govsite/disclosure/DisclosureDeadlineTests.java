package org.govsite.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.govsite.disclosure.RequestLifecycle.Action;
import org.govsite.disclosure.RequestLifecycle.Case;
import org.govsite.disclosure.RequestLifecycle.Command;
import org.govsite.disclosure.RequestLifecycle.Status;
import org.govsite.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The statutory clock (Regulations Art. 30–33) on the real working-day calendar, with the bundled 2026 notice:
 * 元旦 1–3 Jan off, Sunday 4 Jan worked; 春节 15–23 Feb off, Saturdays 14 and 28 Feb worked; 清明 4–6 Apr off; 劳动节
 * 1–5 May off, Saturday 9 May worked; 中秋 25–27 Sep and 国庆 1–7 Oct off, Saturday 10 Oct worked.
 */
@DisclosureContext
class DisclosureDeadlineTests {

	@Autowired WorkdayCount workdays;

	RequestLifecycle lifecycle() {
		return new RequestLifecycle(workdays);
	}

	static LocalDate date(int month, int day) {
		return LocalDate.of(2026, month, day);
	}

	Case received(LocalDate on) {
		return Case.received(on, workdays);
	}

	@Test
	void receivedOnAWorkingDayAcrossQingming() {
		// Wednesday 1 Apr: 2, 3 Apr; 4–6 Apr off; 7–10, 13–17, 20–24, 27–30 Apr
		assertThat(received(date(4, 1)).deadline().deadline()).isEqualTo(date(4, 30));
		assertThat(received(date(4, 1)).deadline().provisional()).isFalse();
	}

	@Test
	void receivedTheDayBeforeMidAutumnAndNationalDay() {
		// Thursday 24 Sep: 28–30 Sep (3); 1–7 Oct off; 8, 9 Oct (5); make-up Saturday 10 Oct (6); 12 Oct … 29 Oct (20)
		assertThat(received(date(9, 24)).deadline().deadline()).isEqualTo(date(10, 29));
	}

	@Test
	void receivedOnAMakeUpWorkingDay() {
		// in person on the make-up Saturday 28 Feb: the day of receipt does not count; 2 Mar … 27 Mar
		assertThat(received(date(2, 28)).deadline().deadline()).isEqualTo(date(3, 27));
	}

	@Test
	void byPostSignedForOnAWeekendCountsFromTheDaySignedFor() {
		// signed for on Saturday 7 Mar (posted earlier: the postmark does not count): 9 Mar … 3 Apr
		assertThat(received(date(3, 7)).deadline().deadline()).isEqualTo(date(4, 3));
		// signed for during 元旦, Saturday 3 Jan: the make-up Sunday 4 Jan is the first working day; … 29 Jan
		assertThat(received(date(1, 3)).deadline().deadline()).isEqualTo(date(1, 29));
	}

	@Test
	void completionStopsTheClockAndTheCompletedRequestRestartsIt() {
		var lifecycle = lifecycle();
		var asked = lifecycle.apply(received(date(4, 1)),
				new Command(Action.REQUEST_COMPLETION, date(4, 3), "请写明所需信息的名称、文号", null, null, null, null, null, null),
				date(4, 3));
		assertThat(asked.status()).isEqualTo(Status.AWAITING_COMPLETION);
		assertThat(asked.status().paused()).isTrue();
		// completed request received Monday 20 Apr: 21–24, 27–30 Apr; 1–5 May off; 6–8 May; make-up 9 May; … 20 May
		var completed = lifecycle.apply(asked, Command.of(Action.RECEIVE_COMPLETION, date(4, 20)), date(4, 20));
		assertThat(completed.clockStart()).isEqualTo(date(4, 20));
		assertThat(completed.deadline().deadline()).isEqualTo(date(5, 20));
		// asking later than 7 working days after receipt (2, 3, 7, 8, 9, 10, 13 Apr) is refused
		assertThat(lifecycle.refusals(received(date(4, 1)),
				new Command(Action.REQUEST_COMPLETION, date(4, 14), "补正", null, null, null, null, null, null), date(4, 14)))
			.containsExactly("告知补正应在收到申请之日起 7 个工作日内（2026-04-13 前），已经超过");
	}

	@Test
	void thirdPartyConsultationPausesTheClockAndResumes() {
		var lifecycle = lifecycle();
		var consulting = lifecycle.apply(received(date(4, 1)),
				new Command(Action.CONSULT, date(4, 10), null, "某建设公司", null, null, null, null, null), date(4, 10));
		// the third party's 15 working days from Friday 10 Apr: 13 Apr … 30 Apr (14), 6 May (15)
		assertThat(consulting.consultationDue()).isEqualTo(date(5, 6));
		assertThat(consulting.deadline().deadline()).isEqualTo(date(4, 30));
		// opinion received Friday 17 Apr: 13–17 Apr (5 working days) do not count: 30 Apr + 5 = 6, 7, 8, 9, 11 May
		var resumed = lifecycle.apply(consulting, Command.of(Action.RESUME, date(4, 17)), date(4, 17));
		assertThat(resumed.pausedDays()).isEqualTo(5);
		assertThat(resumed.deadline().deadline()).isEqualTo(date(5, 11));
		// a third party that never answers pauses the clock for its 15 working days only: 30 Apr + 15 = 25 May
		var silent = lifecycle.apply(consulting, Command.of(Action.RESUME, date(5, 15)), date(5, 15));
		assertThat(silent.pausedDays()).isEqualTo(15);
		assertThat(silent.deadline().deadline()).isEqualTo(date(5, 25));
	}

	@Test
	void oneExtensionIsApprovedAndASecondRefused() {
		var lifecycle = lifecycle();
		var extended = lifecycle.apply(received(date(4, 1)),
				new Command(Action.EXTEND, date(4, 28), "涉及多个部门，需协调", null, 20, "信息公开办 李主任", null, null, null),
				date(4, 28));
		// 30 Apr + 20 working days: 6–9 May (with the make-up Saturday), 11–15, 18–22, 25–29 May, 1 Jun
		assertThat(extended.deadline().deadline()).isEqualTo(date(6, 1));
		assertThat(extended.extended()).isTrue();
		assertThatThrownBy(() -> lifecycle.apply(extended,
				new Command(Action.EXTEND, date(5, 20), "仍需协调", null, 5, "李主任", null, null, null), date(5, 20)))
			.isInstanceOfSatisfying(Refusal.class,
					r -> assertThat(r.reasons()).containsExactly("答复期限只能延长一次，本申请已延期 20 个工作日，不能再次延期"));
	}

	@Test
	void anAnswerAfterTheDeadlineIsFlagged() {
		var lifecycle = lifecycle();
		var answer = new Command(Action.ANSWER, date(5, 6), null, null, null, null, DisclosureOutcome.DISCLOSED, null,
				"予以公开");
		var late = lifecycle.apply(received(date(4, 1)), answer, date(5, 6));
		assertThat(late.deadline().deadline()).isEqualTo(date(4, 30));
		assertThat(late.late()).isTrue();
		var onTheDay = new Command(Action.ANSWER, date(4, 30), null, null, null, null, DisclosureOutcome.DISCLOSED,
				null, "予以公开");
		assertThat(lifecycle.apply(received(date(4, 1)), onTheDay, date(4, 30)).late()).isFalse();
	}
}

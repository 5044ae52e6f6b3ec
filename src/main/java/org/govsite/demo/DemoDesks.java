package org.govsite.demo;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.govsite.disclosure.ApplicantKind;
import org.govsite.disclosure.Delivery;
import org.govsite.disclosure.DisclosureRequests;
import org.govsite.disclosure.PreferredForm;
import org.govsite.disclosure.ReceiptChannel;
import org.govsite.disclosure.RequestForm;
import org.govsite.duty.DutyDesk;
import org.govsite.duty.ShiftForm;
import org.govsite.shared.BeijingTime;
import org.springframework.stereotype.Component;

/**
 * Something to do for the duty officer and the disclosure officer on the first sign-in (issue 14): the current shift
 * (planned by the Big Data Center's administrator, its handover note still to write), and a request for disclosure
 * received by post two days ago, registered by the disclosure office and waiting for its answer on the statutory clock.
 */
@Component
class DemoDesks {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final DutyDesk duty;
	private final DisclosureRequests disclosure;
	private final DemoUsers users;
	private final Clock clock;

	DemoDesks(DutyDesk duty, DisclosureRequests disclosure, DemoUsers users, Clock clock) {
		this.duty = duty;
		this.disclosure = disclosure;
		this.users = users;
		this.clock = clock;
	}

	void load() {
		var today = BeijingTime.today(clock);
		var from = today.atTime(8, 0);
		users.as("admin", () -> duty.plan(new ShiftForm("duty", "supervisor", MINUTE.format(from),
				MINUTE.format(from.plusDays(1)))));
		users.as("disclosure", () -> disclosure.register(new RequestForm(DemoInteraction.PORTAL, ApplicantKind.PERSON,
				"刘建国", "110101199003071234", "13900000123", null, "示例自治州甲县城关镇新华路 8 号",
				"请公开 2026 年度城关镇老旧小区改造项目的资金安排和实施计划。", "了解本人所住小区的改造安排",
				PreferredForm.PAPER, Delivery.POST, ReceiptChannel.POST, today.minusDays(2), null, null, null)));
	}
}

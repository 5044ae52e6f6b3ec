package org.govsite.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsite.interaction.SolicitationLifecycleTests.refused;

import java.util.List;

import org.govsite.interaction.InterviewLifecycle.Action;
import org.govsite.interaction.InterviewLifecycle.Guest;
import org.govsite.interaction.InterviewLifecycle.QuestionAction;
import org.govsite.interaction.InterviewLifecycle.QuestionStatus;
import org.govsite.interaction.InterviewLifecycle.Status;
import org.govsite.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The interview and question state machine from every status, with its exact Chinese refusals. */
class InterviewLifecycleTests {

	static final List<Guest> GUESTS = List.of(new Guest("王明", "局长", "市交通运输局"));

	@Test
	void theTableOfMoves() {
		assertThat(InterviewLifecycle.actionsFrom(Status.SCHEDULED)).containsExactly(Action.EDIT, Action.START);
		assertThat(InterviewLifecycle.actionsFrom(Status.LIVE)).containsExactly(Action.EDIT, Action.END,
				Action.PUBLISH_TRANSCRIPT);
		assertThat(InterviewLifecycle.actionsFrom(Status.ENDED)).containsExactly(Action.PUBLISH_TRANSCRIPT);
		assertThat(Status.SCHEDULED.label()).isEqualTo("预告");
		assertThat(Status.LIVE.label()).isEqualTo("进行中");
		assertThat(Status.ENDED.label()).isEqualTo("已结束");
	}

	@ParameterizedTest
	@EnumSource(Status.class)
	void start(Status from) {
		if (from == Status.SCHEDULED) {
			assertThat(InterviewLifecycle.start(from)).isEqualTo(Status.LIVE);
		}
		else {
			refused(() -> InterviewLifecycle.start(from), Refusal.Kind.CONFLICT,
					"访谈当前状态为「" + from.label() + "」，不能执行「开始访谈」操作");
		}
	}

	@ParameterizedTest
	@EnumSource(Status.class)
	void end(Status from) {
		if (from == Status.LIVE) {
			assertThat(InterviewLifecycle.end(from)).isEqualTo(Status.ENDED);
		}
		else {
			refused(() -> InterviewLifecycle.end(from), Refusal.Kind.CONFLICT,
					"访谈当前状态为「" + from.label() + "」，不能执行「结束访谈」操作");
		}
	}

	@ParameterizedTest
	@EnumSource(Status.class)
	void publishTranscript(Status from) {
		if (from == Status.SCHEDULED) {
			refused(() -> InterviewLifecycle.publishTranscript(from, false, 3), Refusal.Kind.CONFLICT,
					"访谈当前状态为「预告」，不能执行「公布实录」操作");
		}
		else {
			InterviewLifecycle.publishTranscript(from, false, 1);
			refused(() -> InterviewLifecycle.publishTranscript(from, true, 1), Refusal.Kind.INVALID, "访谈实录已公布，无需重复公布");
			refused(() -> InterviewLifecycle.publishTranscript(from, false, 0), Refusal.Kind.INVALID,
					"尚无已答复的网民提问，不能公布实录");
		}
	}

	@ParameterizedTest
	@EnumSource(Status.class)
	void edit(Status from) {
		if (from == Status.ENDED) {
			refused(() -> InterviewLifecycle.edit(from, "标题", "简介", true, GUESTS), Refusal.Kind.CONFLICT,
					"访谈当前状态为「已结束」，不能执行「修改」操作");
		}
		else {
			InterviewLifecycle.edit(from, "标题", "简介", true, GUESTS);
			refused(() -> InterviewLifecycle.edit(from, "", "简介", false, List.of(new Guest("王明", "", null))),
					Refusal.Kind.INVALID, "请填写访谈标题", "请填写访谈时间", "第 1 位嘉宾须填写姓名、职务和单位");
			refused(() -> InterviewLifecycle.edit(from, "标题", " ", true, List.of()), Refusal.Kind.INVALID,
					"请填写访谈简介", "请至少填写一位访谈嘉宾");
		}
	}

	@ParameterizedTest
	@EnumSource(Status.class)
	void questionsDuringTheTrailerAndTheInterviewOnly(Status status) {
		if (status == Status.ENDED) {
			assertThat(InterviewLifecycle.refuseQuestion(status)).contains("访谈已结束，不再接受网民提问");
		}
		else {
			assertThat(InterviewLifecycle.refuseQuestion(status)).isEmpty();
		}
	}

	@ParameterizedTest
	@EnumSource(QuestionStatus.class)
	void moderation(QuestionStatus from) {
		if (from == QuestionStatus.PENDING) {
			assertThat(InterviewLifecycle.moderate(from, QuestionAction.ACCEPT)).isEqualTo(QuestionStatus.ACCEPTED);
			assertThat(InterviewLifecycle.moderate(from, QuestionAction.REJECT)).isEqualTo(QuestionStatus.REJECTED);
		}
		else {
			refused(() -> InterviewLifecycle.moderate(from, QuestionAction.ACCEPT), Refusal.Kind.CONFLICT,
					"提问当前状态为「" + from.label() + "」，不能执行「采纳」操作");
			refused(() -> InterviewLifecycle.moderate(from, QuestionAction.REJECT), Refusal.Kind.CONFLICT,
					"提问当前状态为「" + from.label() + "」，不能执行「不采纳」操作");
		}
	}

	@ParameterizedTest
	@EnumSource(QuestionStatus.class)
	void answers(QuestionStatus from) {
		if (from == QuestionStatus.ACCEPTED) {
			InterviewLifecycle.answer(Status.LIVE, from, "答复", true);
			InterviewLifecycle.answer(Status.ENDED, from, "答复", true);
			refused(() -> InterviewLifecycle.answer(Status.SCHEDULED, from, "答复", true), Refusal.Kind.CONFLICT,
					"访谈尚未开始，不能录入答复");
			refused(() -> InterviewLifecycle.answer(Status.LIVE, from, " ", false), Refusal.Kind.INVALID,
					"请填写答复内容", "请选择作答的访谈嘉宾");
		}
		else {
			refused(() -> InterviewLifecycle.answer(Status.LIVE, from, "答复", true), Refusal.Kind.CONFLICT,
					"提问当前状态为「" + from.label() + "」，不能执行「录入答复」操作");
		}
	}
}

package org.govsite.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.govsite.interaction.InterviewLifecycle.QuestionAction;
import org.govsite.interaction.InterviewLifecycle.QuestionStatus;
import org.govsite.interaction.InterviewLifecycle.Status;
import org.govsite.shared.Refusal;
import org.junit.jupiter.api.Test;

/** A citizen's question to an interview: every action from every question status and interview status. */
class QuestionTableTests {

	@Test
	void everyActionFromEveryStatusMovesOrIsRefusedWithTheExactSentence() {
		for (var action : QuestionAction.values()) {
			for (var question : QuestionStatus.values()) {
				for (var interview : Status.values()) {
					var refusals = InterviewLifecycle.QUESTIONS.refusals(question, action, interview);
					var what = action + " on " + question + " while " + interview;
					boolean stateAllows = switch (action) {
						case ACCEPT, REJECT -> question == QuestionStatus.PENDING;
						case ANSWER -> question == QuestionStatus.ACCEPTED;
					};
					if (!stateAllows) {
						assertThat(refusals).as(what).containsExactly(
								"提问当前状态为「" + question.label() + "」，不能执行「" + action.label() + "」操作");
					}
					else if (action == QuestionAction.ANSWER && interview == Status.SCHEDULED) {
						assertThat(refusals).as(what).containsExactly("访谈尚未开始，不能录入答复");
					}
					else {
						assertThat(refusals).as(what).isEmpty();
					}
					assertThat(InterviewLifecycle.questionActions(question, interview).contains(action)).as(what)
						.isEqualTo(refusals.isEmpty());
				}
			}
		}
	}

	@Test
	void moderationLeadsWhereTheTableSaysAndAnAnswerCollectsEveryReason() {
		assertThat(InterviewLifecycle.moderate(QuestionStatus.PENDING, QuestionAction.ACCEPT)).isEqualTo(QuestionStatus.ACCEPTED);
		assertThat(InterviewLifecycle.moderate(QuestionStatus.PENDING, QuestionAction.REJECT)).isEqualTo(QuestionStatus.REJECTED);
		assertThatThrownBy(() -> InterviewLifecycle.moderate(QuestionStatus.ACCEPTED, QuestionAction.REJECT))
			.hasMessage("提问当前状态为「已采纳」，不能执行「不采纳」操作");
		assertThatThrownBy(() -> InterviewLifecycle.answer(Status.SCHEDULED, QuestionStatus.PENDING, " ", false))
			.isInstanceOfSatisfying(Refusal.class, refusal -> {
				assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
				assertThat(refusal.reasons()).containsExactly("提问当前状态为「待审核」，不能执行「录入答复」操作",
						"访谈尚未开始，不能录入答复", "请填写答复内容", "请选择作答的访谈嘉宾");
			});
		assertThatThrownBy(() -> InterviewLifecycle.answer(Status.LIVE, QuestionStatus.ACCEPTED, "答复", false))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID));
	}
}

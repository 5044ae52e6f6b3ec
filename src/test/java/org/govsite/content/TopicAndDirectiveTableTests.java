package org.govsite.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.govsite.shared.Refusal;
import org.junit.jupiter.api.Test;

/** The special-topic and headline-directive tables: every action from every status, with the exact sentence. */
class TopicAndDirectiveTableTests {

	@Test
	void aTopicIsStartedOnceAndArchivedOnce() {
		var allowed = Map.of(TopicAction.START, Map.of(TopicStatus.PREPARING, TopicStatus.ACTIVE),
				TopicAction.ARCHIVE, Map.of(TopicStatus.ACTIVE, TopicStatus.ARCHIVED));
		for (var action : TopicAction.values()) {
			for (var status : TopicStatus.values()) {
				var expected = allowed.get(action).get(status);
				if (expected != null) {
					assertThat(TopicAction.TABLE.fire(status, action, null, Refusal.Kind.INVALID)).isEqualTo(expected);
				}
				else {
					assertThatThrownBy(() -> TopicAction.TABLE.fire(status, action, null, Refusal.Kind.INVALID))
						.as("%s from %s", action, status)
						.isInstanceOfSatisfying(Refusal.class, refusal -> {
							assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
							assertThat(refusal.reasons())
								.containsExactly("专题当前状态为「" + status.label() + "」，不能" + action.label());
						});
				}
			}
		}
		assertThat(TopicAction.TABLE.actionsFrom(TopicStatus.ARCHIVED)).isEmpty();
	}

	@Test
	void eachDirectiveTargetAnswersOnce() {
		var allowed = Map.of(DirectiveTargetStatus.Action.ADOPT, DirectiveTargetStatus.ADOPTED,
				DirectiveTargetStatus.Action.DECLINE, DirectiveTargetStatus.DECLINED);
		for (var action : DirectiveTargetStatus.Action.values()) {
			for (var status : DirectiveTargetStatus.values()) {
				if (status == DirectiveTargetStatus.PENDING) {
					assertThat(DirectiveTargetStatus.TABLE.target(status, action)).contains(allowed.get(action));
				}
				else {
					assertThat(DirectiveTargetStatus.TABLE.refusals(status, action, null)).as("%s from %s", action, status)
						.containsExactly("该网站已处理过此指令");
				}
			}
		}
	}
}

package org.govsite.console;

import java.util.List;

import org.govsite.content.ReviewTask;
import org.govsite.content.ReviewTasks;
import org.govsite.interaction.Messages;
import org.springframework.stereotype.Component;

/**
 * Message replies waiting for the signed-in account's sign-off (审核答复: the site's 初审, the supervisor for
 * platform-wide messages), contributed to content's one 审核待办. The console is the module that may know both.
 */
@Component
class ReplySignOffs implements ReviewTasks {

	private final Messages messages;

	ReplySignOffs(Messages messages) {
		this.messages = messages;
	}

	@Override
	public List<ReviewTask> waiting() {
		return messages.awaitingSignOff().stream()
			.map(reply -> new ReviewTask("MESSAGE_REPLY", "留言答复", reply.id().toString(), reply.siteId(),
					reply.siteName() == null ? "全平台" : reply.siteName(), reply.title(), "待审核答复", reply.answeredBy(),
					reply.answeredAt(), "/interaction/messages/" + reply.id()))
			.toList();
	}
}

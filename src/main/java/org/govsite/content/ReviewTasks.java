package org.govsite.content;

import java.util.List;

/**
 * Work waiting for the signed-in person's review that content does not own (message replies to sign off, …). Content
 * keeps the one 审核待办 but knows no other module's work: a module that knows it contributes a bean of this type, and
 * {@link ReviewInbox} lists it beside the articles and counts it in the navigation.
 */
public interface ReviewTasks {

	/** What waits for the signed-in account's review, oldest first; empty when it reviews nothing of this kind. */
	List<ReviewTask> waiting();
}

package org.govsite.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

import org.govsite.iam.UserAccounts;
import org.govsite.iam.UserView;
import org.govsite.site.SiteId;
import org.govsite.site.Sites;
import org.springframework.stereotype.Service;

/**
 * The one 审核待办 of the signed-in person: the articles waiting for a review step they may take ({@link Reviews#inbox})
 * and everything other modules contribute through {@link ReviewTasks} (message replies to sign off), with the count the
 * console's navigation shows.
 */
@Service
public class ReviewInbox {

	private final Reviews reviews;
	private final List<ReviewTasks> contributions;
	private final Sites sites;
	private final UserAccounts accounts;
	private final ContentChecks checks;

	ReviewInbox(Reviews reviews, List<ReviewTasks> contributions, Sites sites, UserAccounts accounts,
			ContentChecks checks) {
		this.checks = checks;
		this.reviews = reviews;
		this.contributions = contributions;
		this.sites = sites;
		this.accounts = accounts;
	}

	/** Everything waiting, articles first as they stand in {@link Reviews#inbox}, then the other work, oldest first. */
	public List<ReviewTask> all() {
		var tasks = new ArrayList<ReviewTask>();
		var siteNames = new HashMap<SiteId, String>();
		sites.all().forEach(site -> siteNames.put(site.id(), site.name()));
		var people = new HashMap<String, String>();
		for (var item : reviews.inbox()) {
			tasks.add(new ReviewTask("ARTICLE", "信息", item.articleId().toString(), item.siteId(),
					siteNames.getOrDefault(item.siteId(), ""), item.title(), item.stepLabel(),
					people.computeIfAbsent(item.author(), this::personName), item.submittedAt(),
					"/content/articles/" + item.articleId(), checks.of(item.articleId())));
		}
		tasks.addAll(others());
		return tasks;
	}

	/** The work other modules contribute (not articles), oldest first. */
	public List<ReviewTask> others() {
		return contributions.stream().flatMap(source -> source.waiting().stream())
			.sorted(Comparator.comparing(ReviewTask::submittedAt)).toList();
	}

	/** The content check of each waiting article, for the inbox's findings inline (issue 14). */
	public java.util.Map<ArticleId, ArticleChecks> checksOf(List<InboxItem> items) {
		var found = new java.util.LinkedHashMap<ArticleId, ArticleChecks>();
		items.forEach(item -> found.put(item.articleId(), checks.of(item.articleId())));
		return found;
	}

	/** How many things wait: the number beside 审核待办. */
	public int count() {
		return reviews.inbox().size() + others().size();
	}

	private String personName(String username) {
		return accounts.findByUsername(username).map(UserView::displayName).orElse(username);
	}
}

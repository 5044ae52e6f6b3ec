package org.govsite.content;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.govsite.iam.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor's own desk (我的稿件): the articles the signed-in person wrote, as drafts, returned by a reviewer (with the
 * reviewer's comment), scheduled, and published in the past week. Only the person's own articles: no access question
 * arises beyond being signed in.
 */
@Service
public class MyWork {

	/** How far back 最近发布 reaches. */
	static final Duration RECENT = Duration.ofDays(7);

	/** One article on the desk: its title, when it last moved, and the reviewer's words when it came back. */
	public record Item(ArticleId id, String title, String stateLabel, Instant at, @Nullable String comment,
			@Nullable String commentBy) {
	}

	/** The desk: each list newest first, at most 20 each. */
	public record Desk(List<Item> drafts, List<Item> returned, List<Item> scheduled, List<Item> published) {

		public boolean empty() {
			return drafts.isEmpty() && returned.isEmpty() && scheduled.isEmpty() && published.isEmpty();
		}
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	MyWork(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Desk mine() {
		var me = CurrentUser.fromContext().orElseThrow(() -> org.govsite.shared.Refusal.forbidden("请先登录"));
		var drafts = new ArrayList<Item>();
		var returned = new ArrayList<Item>();
		var scheduled = new ArrayList<Item>();
		var published = new ArrayList<Item>();
		jdbc.sql("""
				SELECT a.id, r.title, a.state, a.created_at, a.published_at, r.publish_time,
				       s.action AS last_action, s.comment AS last_comment, s.actor AS last_actor, s.occurred_at AS last_at
				FROM article a
				JOIN article_revision r ON r.article = a.id AND r.number = a.current_revision
				LEFT JOIN LATERAL (SELECT action, comment, actor, occurred_at FROM review_step
				                   WHERE article_id = a.id ORDER BY id DESC LIMIT 1) s ON true
				WHERE a.created_by = ?
				  AND (a.state IN ('DRAFT', 'SCHEDULED') OR a.state = 'PUBLISHED' AND a.published_at > ?)
				ORDER BY COALESCE(s.occurred_at, a.created_at) DESC
				LIMIT 200
				""").params(me.username(), Timestamp.from(clock.instant().minus(RECENT)))
			.query(rs -> {
				var state = ArticleState.valueOf(rs.getString("state"));
				var lastAt = rs.getTimestamp("last_at");
				var at = lastAt != null ? lastAt.toInstant() : rs.getTimestamp("created_at").toInstant();
				var id = new ArticleId(rs.getObject("id", UUID.class));
				var title = rs.getString("title");
				switch (state) {
					case DRAFT -> {
						if ("RETURN".equals(rs.getString("last_action"))) {
							add(returned, new Item(id, title, "退回修改", at, rs.getString("last_comment"), rs.getString("last_actor")));
						}
						else {
							add(drafts, new Item(id, title, state.label(), at, null, null));
						}
					}
					case SCHEDULED -> {
						var when = rs.getTimestamp("publish_time");
						add(scheduled, new Item(id, title, state.label(), when == null ? at : when.toInstant(), null, null));
					}
					case PUBLISHED -> add(published, new Item(id, title, state.label(),
							rs.getTimestamp("published_at").toInstant(), null, null));
					default -> {
					}
				}
			});
		return new Desk(drafts, returned, scheduled, published);
	}

	private static void add(List<Item> list, Item item) {
		if (list.size() < 20) {
			list.add(item);
		}
	}
}

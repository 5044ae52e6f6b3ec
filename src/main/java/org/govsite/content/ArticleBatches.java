package org.govsite.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.iam.Role;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Batch work on an article list (issue 14: what every editor of a commercial CMS expects): move to another column of
 * the site, copy into another column — of this site or of another site of the group (信息报送) —, withdraw, pin (置顶)
 * and put first (排序). Each item in its own transaction under the same rules as one at a time: a refused item is
 * reported with its reasons and the others go ahead. Moving and pinning change list pages, so the columns concerned
 * are announced as changed (the publisher rebuilds what shows them).
 */
@Service
public class ArticleBatches {

	/** What may be done to the chosen articles. */
	public enum Operation {
		MOVE("移动到栏目"), COPY("复制到栏目"), WITHDRAW("撤回"), PIN("置顶"), UNPIN("取消置顶"), FIRST("排在最前");

		private final String label;

		Operation(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		/** Whether the operation names a target column. */
		public boolean needsTarget() {
			return this == MOVE || this == COPY;
		}

		/** Whether the operation acts within the list's own column (置顶, 排序). */
		public boolean withinColumn() {
			return this == PIN || this == UNPIN || this == FIRST;
		}
	}

	private final Articles articles;
	private final Reviews reviews;
	private final Columns columns;
	private final ColumnGrants grants;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate eachItem;

	ArticleBatches(Articles articles, Reviews reviews, Columns columns, ColumnGrants grants, JdbcClient jdbc,
			AuditTrail audit, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.articles = articles;
		this.reviews = reviews;
		this.columns = columns;
		this.grants = grants;
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.eachItem = new TransactionTemplate(transactions);
	}

	/**
	 * Applies the operation to each article. {@code column} is the list the articles were chosen from (置顶 and 排序
	 * act in it); {@code target} the column to move or copy into; {@code reason} the reason a withdrawal needs.
	 */
	public BatchResult apply(@Nullable Operation operation, List<ArticleId> ids, @Nullable ColumnId column,
			@Nullable ColumnId target, @Nullable String reason) {
		var reasons = new ArrayList<String>();
		if (operation == null) {
			reasons.add("请选择批量操作");
		}
		if (ids.isEmpty()) {
			reasons.add("请先勾选要处理的信息");
		}
		if (ids.size() > 200) {
			reasons.add("一次最多处理 200 条信息");
		}
		if (operation != null && operation.needsTarget() && target == null) {
			reasons.add("请选择目标栏目");
		}
		if (operation != null && operation.withinColumn() && column == null) {
			reasons.add("置顶和排序须在栏目的信息列表中进行");
		}
		if (operation == Operation.WITHDRAW && (reason == null || reason.isBlank())) {
			reasons.add("请填写撤回理由");
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		var done = new ArrayList<ArticleId>();
		var refused = new ArrayList<BatchResult.Refused>();
		var changed = new LinkedHashSet<ColumnId>();
		Consumer<ArticleId> one = switch (operation) {
			case MOVE -> id -> move(id, target, changed);
			case COPY -> id -> {
				articles.reference(id, target);
				changed.add(target);
			};
			case WITHDRAW -> id -> reviews.act(id, ReviewAction.WITHDRAW, reason);
			case PIN, UNPIN -> id -> pin(id, column, operation == Operation.PIN, changed);
			case FIRST -> id -> first(id, column, changed);
		};
		// 排在最前 puts the first chosen article on top: rank them from the last upwards
		var order = new ArrayList<>(ids);
		if (operation == Operation.FIRST) {
			java.util.Collections.reverse(order);
		}
		for (var id : new LinkedHashSet<>(order)) {
			try {
				eachItem.executeWithoutResult(status -> one.accept(id));
				done.add(id);
			}
			catch (Refusal refusal) {
				refused.add(new BatchResult.Refused(id, refusal.reasons()));
			}
		}
		for (var changedColumn : changed) {
			columns.find(changedColumn).ifPresent(view -> events.publishEvent(new ColumnChanged(changedColumn, view.siteId())));
		}
		if (operation == Operation.FIRST) {
			java.util.Collections.reverse(done);
		}
		return new BatchResult(done, refused);
	}

	/** Moves the article's home to another column of its site: editor where it lies and where it goes. */
	private void move(ArticleId id, ColumnId target, LinkedHashSet<ColumnId> changed) {
		var article = articles.load(id);
		var to = columns.load(target);
		var user = Articles.currentUser();
		var site = new SiteId(article.siteId);
		var from = columns.load(new ColumnId(article.homeColumnId));
		if (!articles.mayWriteIn(user, site, article.homeColumnId)) {
			throw Refusal.forbidden("您不能移动栏目「" + from.name + "」中的信息");
		}
		var reasons = new ArrayList<String>();
		if (!to.siteId.equals(article.siteId)) {
			reasons.add("只能移动到本网站的栏目；要报送到其他网站，请用「复制到栏目」");
		}
		else if (!articles.mayWriteIn(user, site, to.id)) {
			reasons.add("您不能在栏目「" + to.name + "」中编辑信息");
		}
		if (!to.kind.holdsArticles()) {
			reasons.add("栏目「" + to.name + "」不承载信息");
		}
		if (article.homeColumnId.equals(to.id)) {
			reasons.add("信息已在栏目「" + to.name + "」中");
		}
		if (article.state.inReview()) {
			reasons.add("信息正在审核中，审核结束后才能移动");
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		article.placeHome(to.id);
		articles.save(article);
		audit.record(AuditRecord.of("ARTICLE_MOVED", "article", article.id,
				"把信息从栏目「" + from.name + "」移到「" + to.name + "」"));
		changed.add(new ColumnId(from.id));
		changed.add(target);
	}

	private void pin(ArticleId id, ColumnId column, boolean pinned, LinkedHashSet<ColumnId> changed) {
		var in = requirePlacedAndOrdered(id, column);
		jdbc.sql("""
				INSERT INTO column_article_rank (column_id, article_id, pinned) VALUES (:column, :article, :pinned)
				ON CONFLICT (column_id, article_id) DO UPDATE SET pinned = :pinned
				""").param("column", column.value()).param("article", id.value()).param("pinned", pinned).update();
		audit.record(AuditRecord.of(pinned ? "ARTICLE_PINNED" : "ARTICLE_UNPINNED", "article", id.value(),
				(pinned ? "在栏目「" : "在栏目「") + in.name + "」" + (pinned ? "置顶" : "取消置顶") + "信息"));
		changed.add(column);
	}

	private void first(ArticleId id, ColumnId column, LinkedHashSet<ColumnId> changed) {
		var in = requirePlacedAndOrdered(id, column);
		jdbc.sql("""
				INSERT INTO column_article_rank (column_id, article_id, rank)
				VALUES (:column, :article, (SELECT COALESCE(max(rank), 0) + 1 FROM column_article_rank WHERE column_id = :column))
				ON CONFLICT (column_id, article_id) DO UPDATE
				SET rank = (SELECT COALESCE(max(rank), 0) + 1 FROM column_article_rank WHERE column_id = :column)
				""").param("column", column.value()).param("article", id.value()).update();
		audit.record(AuditRecord.of("ARTICLE_RANKED", "article", id.value(), "在栏目「" + in.name + "」把信息排在最前"));
		changed.add(column);
	}

	/** 置顶 and 排序 are the list's own: the column's editor (or site administrator), an article placed in it. */
	private Column requirePlacedAndOrdered(ArticleId id, ColumnId columnId) {
		var column = columns.load(columnId);
		var user = Articles.currentUser();
		var site = new SiteId(column.siteId);
		if (!grants.holdsAt(user, Role.EDITOR, site, column.id) && !user.hasRoleOn(Role.SITE_ADMIN, site)) {
			throw Refusal.forbidden("只有本栏目的编辑或网站管理员才能调整栏目「" + column.name + "」的信息顺序");
		}
		boolean placed = jdbc.sql("SELECT count(*) FROM article_placement WHERE article_id = ? AND column_id = ?")
			.params(id.value(), column.id).query(Long.class).single() > 0;
		if (!placed) {
			throw Refusal.invalid("信息不在栏目「" + column.name + "」中");
		}
		return column;
	}

	/** The column's pinned articles, for the list screen. */
	public java.util.Set<UUID> pinnedIn(ColumnId column) {
		return java.util.Set.copyOf(jdbc.sql("SELECT article_id FROM column_article_rank WHERE column_id = ? AND pinned")
			.param(column.value()).query(UUID.class).list());
	}
}

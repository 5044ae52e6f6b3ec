package org.govsite.content.web;

import java.net.URI;
import java.util.List;

import org.govsite.content.ArticleChecks;
import org.govsite.content.ArticleForm;
import org.govsite.content.ArticleId;
import org.govsite.content.ArticleView;
import org.govsite.content.ArticleBatches;
import org.govsite.content.Articles;
import org.govsite.content.BatchResult;
import org.govsite.content.ColumnForm;
import org.govsite.content.ColumnId;
import org.govsite.content.ColumnView;
import org.govsite.content.Columns;
import org.govsite.content.ContentChecks;
import org.govsite.content.DiffLine;
import org.govsite.content.InboxItem;
import org.govsite.content.ReviewInbox;
import org.govsite.content.ReviewTask;
import org.govsite.content.ReviewAction;
import org.govsite.content.ReviewOutcome;
import org.govsite.content.ReviewStepView;
import org.govsite.content.Reviews;
import org.govsite.content.RevisionView;
import org.govsite.proofreading.Category;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Columns, articles, revisions and 三审 for scripts: every rule is the service's, so the API and console agree. */
@RestController
@RequestMapping("/api/v1")
class ContentApi {

	private final Columns columns;
	private final Articles articles;
	private final Reviews reviews;
	private final ReviewInbox reviewInbox;
	private final ContentChecks checks;

	private final ArticleBatches batches;

	ContentApi(Columns columns, Articles articles, Reviews reviews, ReviewInbox reviewInbox, ContentChecks checks,
			ArticleBatches batches) {
		this.batches = batches;
		this.checks = checks;
		this.columns = columns;
		this.articles = articles;
		this.reviews = reviews;
		this.reviewInbox = reviewInbox;
	}

	@GetMapping("/sites/{siteId}/columns")
	List<ColumnView> columnsOf(@PathVariable String siteId) {
		return columns.ofSiteForMe(SiteId.of(siteId));
	}

	@GetMapping("/columns/{id}")
	ColumnView column(@PathVariable String id) {
		return columns.find(ColumnId.of(id)).orElseThrow(() -> Refusal.notFound("栏目不存在"));
	}

	@PostMapping("/columns")
	ResponseEntity<ColumnView> createColumn(@RequestBody ColumnForm form) {
		var column = columns.create(form);
		return ResponseEntity.created(URI.create("/api/v1/columns/" + column.id())).body(column);
	}

	@PutMapping("/columns/{id}")
	ColumnView changeColumn(@PathVariable String id, @RequestBody ColumnForm form) {
		return columns.change(ColumnId.of(id), form);
	}

	record Reason(@Nullable String reason, @Nullable String targetColumnId) {
	}

	@PostMapping("/columns/{id}/move-content")
	int moveContent(@PathVariable String id, @RequestBody Reason request) {
		return columns.moveContent(ColumnId.of(id), ColumnId.of(request.targetColumnId()));
	}

	@DeleteMapping("/columns/{id}")
	ResponseEntity<Void> deleteColumn(@PathVariable String id, @RequestParam(required = false) String reason) {
		columns.delete(ColumnId.of(id), reason);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/columns/{id}/articles")
	List<ArticleView> articlesIn(@PathVariable String id) {
		return articles.inColumn(ColumnId.of(id));
	}

	@PostMapping("/articles")
	ResponseEntity<ArticleView> write(@RequestBody ArticleForm form) {
		var article = articles.write(form);
		return ResponseEntity.created(URI.create("/api/v1/articles/" + article.id())).body(article);
	}

	@GetMapping("/articles/{id}")
	ArticleView article(@PathVariable String id) {
		return articles.get(ArticleId.of(id));
	}

	@PutMapping("/articles/{id}")
	ArticleView edit(@PathVariable String id, @RequestBody ArticleForm form) {
		return articles.edit(ArticleId.of(id), form);
	}

	/**
	 * The content check of the current revision, as the console's 内容检查 shows it: every finding (place, context,
	 * suggestion, 误报 mark) and what the next step (提交审核, 发布) would refuse now.
	 */
	@GetMapping("/articles/{id}/checks")
	ArticleChecks checks(@PathVariable String id) {
		return checks.of(ArticleId.of(id));
	}

	record Dismissal(@Nullable Category category, @Nullable String matched, @Nullable String reason) {
	}

	/** {@code {"category": "SERIOUS_WORDING", "matched": "…", "reason": "…"}}: marks the finding 误报 on the article. */
	@PostMapping("/articles/{id}/checks/dismissals")
	ArticleChecks dismiss(@PathVariable String id, @RequestBody Dismissal request) {
		return checks.dismiss(ArticleId.of(id), request.category(), request.matched(), request.reason());
	}

	/** Takes a 误报 mark back: the finding blocks again. */
	@DeleteMapping("/articles/{id}/checks/dismissals")
	ArticleChecks revoke(@PathVariable String id, @RequestParam(required = false) @Nullable Category category,
			@RequestParam(required = false) @Nullable String matched) {
		return checks.revoke(ArticleId.of(id), category, matched);
	}

	@GetMapping("/articles/{id}/revisions")
	List<RevisionView> revisions(@PathVariable String id) {
		return articles.revisions(ArticleId.of(id));
	}

	@GetMapping("/articles/{id}/diff")
	List<DiffLine> diff(@PathVariable String id, @RequestParam int from, @RequestParam int to) {
		return articles.diff(ArticleId.of(id), from, to);
	}

	@PostMapping("/articles/{id}/revisions/{number}/restore")
	ArticleView restore(@PathVariable String id, @PathVariable int number) {
		return articles.restore(ArticleId.of(id), number);
	}

	record ColumnRef(@Nullable String columnId) {
	}

	@PostMapping("/articles/{id}/references")
	ArticleView reference(@PathVariable String id, @RequestBody ColumnRef request) {
		return articles.reference(ArticleId.of(id), ColumnId.of(request.columnId()));
	}

	record PolicyRef(@Nullable String policyId) {
	}

	/** Links this interpretation to a policy document (Art. 11). */
	@PostMapping("/articles/{id}/policies")
	ArticleView linkPolicy(@PathVariable String id, @RequestBody PolicyRef request) {
		articles.link(ArticleId.of(request.policyId()), ArticleId.of(id));
		return articles.get(ArticleId.of(id));
	}

	record Transition(@Nullable ReviewAction action, @Nullable String comment, @Nullable String overrideReason) {
	}

	/**
	 * {@code {"action": "SUBMIT|APPROVE|RETURN|PUBLISH|WITHDRAW|URGENT_PUBLISH", "comment": ..., "overrideReason": ...}};
	 * {@code overrideReason} lets a 终审 holder publish despite serious content-check findings.
	 */
	@PostMapping("/articles/{id}/transitions")
	ReviewOutcome transition(@PathVariable String id, @RequestBody Transition request) {
		return reviews.act(ArticleId.of(id), request.action(), request.comment(), request.overrideReason());
	}

	@GetMapping("/articles/{id}/transitions")
	List<ReviewStepView> history(@PathVariable String id) {
		return reviews.history(ArticleId.of(id));
	}

	@GetMapping("/review/inbox")
	List<InboxItem> inbox() {
		return reviews.inbox();
	}

	/** The one inbox: everything waiting for the caller's review (articles, message replies), as in 审核待办. */
	@GetMapping("/review/tasks")
	List<ReviewTask> tasks() {
		return reviewInbox.all();
	}

	record Batch(@Nullable List<String> articleIds) {
	}

	/** A batch operation on articles chosen from a column's list (the console's 批量操作). */
	record ArticleBatch(ArticleBatches.@Nullable Operation operation, @Nullable List<String> articleIds,
			@Nullable String columnId, @Nullable String targetColumnId, @Nullable String reason) {
	}

	/** Moves, copies (信息报送), withdraws, pins or puts first each chosen article; each done or refused with reasons. */
	@PostMapping("/articles/batch")
	BatchResult batch(@RequestBody ArticleBatch request) {
		var ids = request.articleIds() == null ? List.<ArticleId>of()
				: request.articleIds().stream().map(ArticleId::of).filter(java.util.Objects::nonNull).toList();
		return batches.apply(request.operation(), ids, ColumnId.of(request.columnId()), ColumnId.of(request.targetColumnId()),
				request.reason());
	}

	@PostMapping("/review/inbox/approve")
	BatchResult approveAll(@RequestBody Batch request) {
		var ids = request.articleIds() == null ? List.<ArticleId>of() : request.articleIds().stream().map(ArticleId::of).toList();
		return reviews.approveAll(ids);
	}
}

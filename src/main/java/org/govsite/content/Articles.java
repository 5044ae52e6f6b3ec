package org.govsite.content;

import static org.govsite.shared.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.FormCheck;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The article API: write and edit articles (every save is a revision; a published article keeps its live revision until
 * the edited one passes review), compare and restore revisions, reference an article into other columns and sites,
 * and link policies with their interpretations (Art. 11). Moving through 三审 is {@link Reviews}.
 */
@Service
public class Articles {

	private final ArticleRepository articles;
	private final Revisions revisions;
	private final Columns columns;
	private final AuditTrail audit;
	private final FormCheck formCheck;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final int maxBodyLength;
	private final ObjectProvider<IndexNumbering> numbering;
	private final ColumnGrants grants;
	private final org.springframework.context.ApplicationEventPublisher events;

	Articles(ArticleRepository articles, Revisions revisions, Columns columns, AuditTrail audit, FormCheck formCheck,
			JdbcClient jdbc, Clock clock, @Value("${govsite.content.max-body-length:1000000}") int maxBodyLength,
			ObjectProvider<IndexNumbering> numbering, ColumnGrants grants,
			org.springframework.context.ApplicationEventPublisher events) {
		this.grants = grants;
		this.events = events;
		this.maxBodyLength = maxBodyLength;
		this.numbering = numbering;
		this.articles = articles;
		this.revisions = revisions;
		this.columns = columns;
		this.audit = audit;
		this.formCheck = formCheck;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Writes a new article as a draft (revision 1) in its home column. */
	@Transactional
	public ArticleView write(ArticleForm form) {
		var user = currentUser();
		var column = columns.load(form.columnId());
		var site = new SiteId(column.siteId);
		// permission first (403), then the form: who may not write learns nothing about the rules of the form
		requireWriter(user, site, column, "撰写信息");
		formCheck.require(form);
		var now = Instant.now(clock);
		var reasons = new ArrayList<String>();
		if (org.govsite.shared.Text.visiblyBlank(form.title())) {
			reasons.add("请填写标题：标题不能只含空白或不可见字符");
		}
		if (!org.govsite.shared.SafeUrl.allowed(form.coverImage())) {
			reasons.add("封面图片地址须是 http(s) 地址或本站路径，不能含引号、尖括号或空白");
		}
		if (!column.kind.holdsArticles()) {
			reasons.add("栏目「" + column.name + "」不承载信息");
		}
		reasons.addAll(ArticleRules.kindFits(form));
		reasons.addAll(ArticleRules.bodyWithinLimit(form, maxBodyLength));
		reasons.addAll(ArticleRules.publishTimeNotBeforeCreation(form, now, user.hasRoleOn(Role.FINAL_REVIEWER, site)));
		reasons.addAll(indexNoUnique(form.indexNo(), null));
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);

		form = form.withIndexNo(indexNo(form, null, site, column.id));
		var article = new Article(UUID.randomUUID(), column.siteId, column.id, kindOf(form), form.important(),
				user.username(), now);
		article.interpretationType = form.interpretationType();
		article.placeHome(column.id);
		var saved = articles.save(article);
		revisions.append(saved.id, 1, form, RichText.sanitize(form.body()), user.username(), now);
		auditBackdating(saved, form, now);
		var view = view(saved);
		audit.record(AuditRecord.of("ARTICLE_WRITTEN", "article", saved.id, "撰写信息「" + form.title().trim() + "」"));
		return view;
	}

	/**
	 * The 索引号 the revision carries: the one typed in; else the one the article already has (a number stays with its
	 * article); else, in a disclosure column, the next one of the body's sequence, dated by the document's date.
	 */
	private @Nullable String indexNo(ArticleForm form, @Nullable String earlier, SiteId site, UUID column) {
		if (form.indexNo() != null && !form.indexNo().isBlank()) {
			return form.indexNo().strip();
		}
		if (earlier != null) {
			return earlier;
		}
		var numbers = numbering.getIfAvailable();
		if (numbers == null) {
			return null;
		}
		var dated = form.writtenOn() != null ? form.writtenOn() : form.issuedOn() != null ? form.issuedOn()
				: org.govsite.shared.BeijingTime.today(clock);
		return numbers.next(site, new ColumnId(column), dated.getYear(), this::indexNoTaken).orElse(null);
	}

	private boolean indexNoTaken(String number) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM article_revision WHERE index_no = ?)").param(number)
			.query(Boolean.class).single();
	}

	/** A 索引号 typed in must not be another article's (any revision of it: numbers are never reused). */
	private List<String> indexNoUnique(@Nullable String typed, @Nullable UUID self) {
		if (typed == null || typed.isBlank()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT r.title FROM article_revision r JOIN article a ON a.id = r.article
				WHERE r.index_no = ? AND (CAST(? AS UUID) IS NULL OR r.article <> ?)
				ORDER BY r.number DESC LIMIT 1
				""").params(typed.strip(), self, self).query(String.class).optional()
			.map(title -> List.of("索引号「" + typed.strip() + "」已用于信息「" + title + "」，索引号不能重复"))
			.orElse(List.of());
	}

	/**
	 * Saves an edit as a new revision. The 三审 table's 修改 row: anything not in review
	 * returns to 草稿 for the new revision while its live revision stays on the site; an article in review is locked.
	 */
	@Transactional
	public ArticleView edit(ArticleId id, ArticleForm form) {
		var user = currentUser();
		var article = load(id);
		var site = new SiteId(article.siteId);
		requireWriter(user, site, columns.load(new ColumnId(article.homeColumnId)), "修改信息");
		formCheck.require(form);
		var reasons = new ArrayList<String>();
		if (org.govsite.shared.Text.visiblyBlank(form.title())) {
			reasons.add("请填写标题：标题不能只含空白或不可见字符");
		}
		if (!org.govsite.shared.SafeUrl.allowed(form.coverImage())) {
			reasons.add("封面图片地址须是 http(s) 地址或本站路径，不能含引号、尖括号或空白");
		}
		var editable = ReviewWorkflow.TABLE.target(article.state, ReviewAction.EDIT);
		if (editable.isEmpty()) {
			reasons.add(ReviewWorkflow.TABLE.notAllowedSentence(article.state, ReviewAction.EDIT));
		}
		var column = columns.load(form.columnId());
		if (!column.siteId.equals(article.siteId)) {
			reasons.add("所属栏目须是本网站的栏目");
		}
		else if (!mayWriteIn(user, site, column.id)) {
			reasons.add("您的编辑权限限于本网站的部分栏目，不能把信息移到栏目「" + column.name + "」");
		}
		reasons.addAll(ArticleRules.kindFits(form));
		reasons.addAll(ArticleRules.bodyWithinLimit(form, maxBodyLength));
		reasons.addAll(ArticleRules.publishTimeNotBeforeCreation(form, article.createdAt, user.hasRoleOn(Role.FINAL_REVIEWER, site)));
		reasons.addAll(indexNoUnique(form.indexNo(), article.id));
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);

		form = form.withIndexNo(indexNo(form, revisions.get(article.id, article.currentRevision).indexNo(), site, column.id));
		var now = Instant.now(clock);
		article.startRevision(editable.orElseThrow());
		article.important = form.important();
		article.kind = kindOf(form);
		article.interpretationType = form.interpretationType();
		article.placeHome(column.id);
		var saved = save(article);
		revisions.append(saved.id, saved.currentRevision, form, RichText.sanitize(form.body()), user.username(), now);
		auditBackdating(saved, form, saved.createdAt);
		audit.record(AuditRecord.of("ARTICLE_EDITED", "article", saved.id,
				"修改信息「" + form.title().trim() + "」，生成第 " + saved.currentRevision + " 版"));
		return view(saved);
	}

	/** Restores an earlier revision by saving its content as a new revision. */
	@Transactional
	public ArticleView restore(ArticleId id, int number) {
		var article = load(id);
		var old = revisions.get(article.id, number);
		var form = Revisions.toForm(old, new ColumnId(article.homeColumnId), article.kind, article.interpretationType,
				article.important);
		var restored = edit(id, form);
		audit.record(AuditRecord.of("ARTICLE_RESTORED", "article", article.id, "恢复信息的第 " + number + " 版"));
		return restored;
	}

	/** A line diff of two revisions' title and text. */
	@Transactional(readOnly = true)
	public List<DiffLine> diff(ArticleId id, int from, int to) {
		requireUnpublished(load(id));
		var a = revisions.get(id.value(), from);
		var b = revisions.get(id.value(), to);
		return DiffLine.between(a.title() + "\n" + RichText.text(a.body()), b.title() + "\n" + RichText.text(b.body()));
	}

	/** Places the article in another column, possibly of another site: the reference follows the original. */
	@Transactional
	public ArticleView reference(ArticleId id, ColumnId columnId) {
		var article = load(id);
		var column = columns.load(columnId);
		var user = currentUser();
		if (!grants.holdsAt(user, Role.EDITOR, new SiteId(column.siteId), column.id)) {
			throw Refusal.forbidden("只有目标栏目的编辑才能引用信息到该栏目");
		}
		var reasons = new ArrayList<String>();
		if (!article.siteId.equals(column.siteId) && !article.isLive()
				&& !ContentReaders.worksOn(user, new SiteId(article.siteId))) {
			reasons.add("只能引用其他网站已发布的信息：该信息尚未发布，须由其所在网站的人员引用");
		}
		if (!column.kind.holdsArticles()) {
			reasons.add("栏目「" + column.name + "」不承载信息");
		}
		if (article.placements.stream().anyMatch(p -> p.columnId().equals(column.id))) {
			reasons.add("信息已在栏目「" + column.name + "」中");
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		article.placements.add(new Placement(column.id, false));
		var saved = save(article);
		audit.record(AuditRecord.of("ARTICLE_REFERENCED", "article", article.id, "引用信息到栏目「" + column.name + "」"));
		if (saved.isLive()) {
			// a draft referenced now is listed there when it is published (ArticlePublished)
			events.publishEvent(new ArticleReferenced(new ArticleId(saved.id), new SiteId(saved.siteId), new ColumnId(column.id)));
		}
		return view(saved);
	}

	/** Links an interpretation to a policy; the link is stored once and read from both sides (Art. 11). */
	@Transactional
	public void link(ArticleId policyId, ArticleId interpretationId) {
		var policy = load(policyId);
		var interpretation = load(interpretationId);
		if (!grants.holdsAt(currentUser(), Role.EDITOR, new SiteId(interpretation.siteId), interpretation.homeColumnId)) {
			throw Refusal.forbidden("只有解读所在栏目的编辑才能关联政策文件");
		}
		var reasons = new ArrayList<String>();
		if (policy.kind != ArticleKind.POLICY) {
			reasons.add("只能为政策文件关联解读");
		}
		if (interpretation.kind != ArticleKind.INTERPRETATION) {
			reasons.add("关联的信息须是政策解读");
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		jdbc.sql("INSERT INTO interpretation_link (policy_id, interpretation_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(policy.id, interpretation.id)
			.update();
		audit.record(AuditRecord.of("INTERPRETATION_LINKED", "article", policy.id,
				"关联政策文件与解读：" + title(policy) + " ↔ " + title(interpretation)));
	}

	/**
	 * The article as the current reader may see it ({@link ContentReaders}): the working revision for those who read
	 * what is not live, the live revision for everyone else, nothing when it is not live.
	 */
	@Transactional(readOnly = true)
	public Optional<ArticleView> find(ArticleId id) {
		return articles.findById(id.value()).flatMap(this::readable);
	}

	/** Like {@link #find}, refusing with the reason when the article is missing or not readable (403). */
	@Transactional(readOnly = true)
	public ArticleView get(ArticleId id) {
		var article = load(id);
		return readable(article).orElseThrow(() -> Refusal.forbidden(ContentReaders.UNPUBLISHED_REFUSAL));
	}

	/** Every revision: content that is not live, for those {@link ContentReaders#mayReadUnpublished} only. */
	@Transactional(readOnly = true)
	public List<RevisionView> revisions(ArticleId id) {
		requireUnpublished(load(id));
		return revisions.all(id.value());
	}

	/** The articles placed in a column (home or referenced), newest first, as the current reader may see them. */
	@Transactional(readOnly = true)
	public List<ArticleView> inColumn(ColumnId column) {
		return jdbc.sql("SELECT article_id FROM article_placement WHERE column_id = ?")
			.param(column.value())
			.query(UUID.class)
			.list()
			.stream()
			.map(articles::findById)
			.flatMap(Optional::stream)
			.map(this::readable)
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(ArticleView::createdAt).reversed())
			.toList();
	}

	private Optional<ArticleView> readable(Article article) {
		if (currentMayReadUnpublished(article)) {
			return Optional.of(view(article));
		}
		return article.isLive() ? Optional.of(liveView(article)) : Optional.empty();
	}

	void requireUnpublished(Article article) {
		if (!currentMayReadUnpublished(article)) {
			throw Refusal.forbidden(ContentReaders.UNPUBLISHED_REFUSAL);
		}
	}

	/** Whether the current reader may read what is not live of the article (platform work always may). */
	private boolean currentMayReadUnpublished(Article article) {
		return ContentReaders.reader()
			.map(user -> grants.mayReadUnpublished(user, new SiteId(article.siteId), article.homeColumnId))
			.orElse(true);
	}

	/**
	 * Whether the signed-in account reads what is not live of the article (drafts, revisions, checks): the console
	 * asks before it shows them, the reads themselves refuse.
	 */
	@Transactional(readOnly = true)
	public boolean mayReadUnpublished(ArticleView article) {
		return grants.mayReadUnpublished(currentUser(), article.siteId(), article.homeColumnId().value());
	}

	/** Whether the signed-in account writes in the column: an editor where it lies, or the site's duty officer. */
	@Transactional(readOnly = true)
	public boolean mayWriteIn(ColumnId column) {
		var loaded = columns.load(column);
		return mayWriteIn(currentUser(), new SiteId(loaded.siteId), loaded.id);
	}

	/** Whether the account holds the given review role where the article lies. */
	@Transactional(readOnly = true)
	public boolean reviewsAt(ArticleView article) {
		return grants.holdsAnyAt(currentUser(), Role.REVIEWERS, article.siteId(), article.homeColumnId().value());
	}

	boolean mayWriteIn(CurrentUser user, SiteId site, UUID column) {
		return user.hasRoleOn(Role.DUTY_OFFICER, site) || grants.holdsAt(user, Role.EDITOR, site, column);
	}

	/** Refuses (403) unless the account writes in the column; a column-scoped editor is told why. */
	private void requireWriter(CurrentUser user, SiteId site, Column column, String what) {
		if (mayWriteIn(user, site, column.id)) {
			return;
		}
		throw Refusal.forbidden(user.hasRoleOn(Role.EDITOR, site)
				? "您的编辑权限限于本网站的部分栏目，不能在栏目「" + column.name + "」中" + what
				: "只有本网站的编辑或值班员才能" + what);
	}

	/** What is on the public site: the live revision, shown as the current one, with no trace of work in progress. */
	private ArticleView liveView(Article article) {
		var full = view(article);
		var live = revisions.get(article.id, article.liveRevision);
		return new ArticleView(full.id(), full.siteId(), full.homeColumnId(), full.referencedIn(), full.kind(),
				full.interpretationType(), full.important(), ArticleState.PUBLISHED, article.liveRevision,
				article.liveRevision, full.publishedAt(), full.withdrawnAt(), full.urgent(), null, full.createdBy(),
				full.createdAt(), live, full.linkedPolicies(), full.linkedInterpretations());
	}

	/** The live revision of an article, if one is on the public site. */
	@Transactional(readOnly = true)
	public Optional<RevisionView> liveRevision(ArticleId id) {
		return articles.findById(id.value()).filter(Article::isLive).map(a -> revisions.get(a.id, a.liveRevision));
	}

	ArticleView view(Article article) {
		var revision = revisions.get(article.id, article.currentRevision);
		var policies = jdbc.sql("SELECT policy_id FROM interpretation_link WHERE interpretation_id = ?")
			.param(article.id).query(UUID.class).list().stream().map(ArticleId::new).toList();
		var interpretations = jdbc.sql("SELECT interpretation_id FROM interpretation_link WHERE policy_id = ?")
			.param(article.id).query(UUID.class).list().stream().map(ArticleId::new).toList();
		var references = article.placements.stream().filter(p -> !p.home()).map(p -> new ColumnId(p.columnId())).toList();
		return new ArticleView(new ArticleId(article.id), new SiteId(article.siteId), new ColumnId(article.homeColumnId),
				references, article.kind, article.interpretationType, article.important, article.state,
				article.currentRevision, article.liveRevision, article.publishedAt, article.withdrawnAt, article.urgent,
				article.urgentReviewState, article.createdBy, article.createdAt, revision, policies, interpretations);
	}

	Article load(@Nullable ArticleId id) {
		if (id == null) {
			throw Refusal.invalid("请选择信息");
		}
		return articles.findById(id.value()).orElseThrow(() -> Refusal.notFound("信息不存在"));
	}

	Article save(Article article) {
		try {
			return articles.save(article);
		}
		catch (OptimisticLockingFailureException e) {
			throw Refusal.conflict("信息已被他人修改，请刷新后重试");
		}
	}

	private void auditBackdating(Article article, ArticleForm form, Instant createdAt) {
		if (ArticleRules.isBackdated(form, createdAt)) {
			audit.record(AuditRecord.of("ARTICLE_BACKDATED", "article", article.id,
					"补录信息「" + form.title().trim() + "」，发布时间 " + form.publishTime() + " 早于创建时间，理由：" + form.backdateReason().trim()));
		}
	}

	private String title(Article article) {
		return "「" + revisions.get(article.id, article.currentRevision).title() + "」";
	}

	private static ArticleKind kindOf(ArticleForm form) {
		return form.kind() == null ? ArticleKind.ARTICLE : form.kind();
	}

	static CurrentUser currentUser() {
		return CurrentUser.require();
	}

}

package org.govsite.content;

import static org.govsite.shared.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.iam.UserId;
import org.govsite.shared.FormCheck;
import org.govsite.shared.Refusal;
import org.govsite.iam.Role;
import org.govsite.site.SiteId;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The column API: build a site's (or topic's) column tree, and compute every column's standing against its update
 * deadline (Art. 8, 9) with one indexed aggregate query. A column that holds content is never deleted or hidden until
 * its content has been moved (Art. 8: reorganise, never leave empty).
 */
@Service
public class Columns {

	private final ColumnRepository columns;
	private final Sites sites;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final FormCheck formCheck;
	private final Clock clock;
	private final int warningDays;
	private final ApplicationEventPublisher events;
	private final ColumnGrants grants;

	Columns(ColumnRepository columns, Sites sites, AuditTrail audit, JdbcClient jdbc, FormCheck formCheck, Clock clock,
			@Value("${govsite.content.column-warning-days:" + ColumnStanding.DEFAULT_WARNING_DAYS + "}") int warningDays,
			ApplicationEventPublisher events, ColumnGrants grants) {
		this.grants = grants;
		this.events = events;
		this.columns = columns;
		this.sites = sites;
		this.audit = audit;
		this.jdbc = jdbc;
		this.formCheck = formCheck;
		this.clock = clock;
		this.warningDays = warningDays;
	}

	@Transactional
	public ColumnView create(ColumnForm form) {
		formCheck.require(form);
		ContentAccess.requireSiteAdmin(form.siteId());
		var column = new Column(UUID.randomUUID(), form.siteId().value(), form.name().trim(), form.slug(), form.kind(),
				form.updateClass(), Instant.now(clock));
		apply(column, form);
		var saved = save(column);
		var view = views(List.of(saved)).get(0);
		audit.record(AuditRecord.of("COLUMN_CREATED", "column", saved.id, "新建栏目「" + saved.name + "」").withChange(null, view));
		events.publishEvent(new ColumnChanged(view.id(), view.siteId()));
		return view;
	}

	@Transactional
	public ColumnView change(ColumnId id, ColumnForm form) {
		formCheck.require(form);
		var column = load(id);
		ContentAccess.requireSiteAdmin(new SiteId(column.siteId));
		var before = views(List.of(column)).get(0);
		if (!column.siteId.equals(form.siteId().value())) {
			throw Refusal.invalid("栏目不能移到其他网站");
		}
		apply(column, form);
		var after = views(List.of(save(column))).get(0);
		audit.record(AuditRecord.of("COLUMN_CHANGED", "column", column.id, "修改栏目「" + column.name + "」").withChange(before, after));
		events.publishEvent(new ColumnChanged(after.id(), after.siteId()));
		return after;
	}

	/** Hides a column from the public; refused while it still holds content (move the content first). */
	@Transactional
	public void hide(ColumnId id, String reason) {
		var column = load(id);
		ContentAccess.requireSiteAdmin(new SiteId(column.siteId));
		refuseWhileHoldingContent(column, "隐藏");
		if (reason == null || reason.isBlank()) {
			throw Refusal.invalid("请填写隐藏栏目的理由");
		}
		column.hidden = true;
		save(column);
		audit.record(AuditRecord.of("COLUMN_HIDDEN", "column", column.id, "隐藏栏目「" + column.name + "」：" + reason.trim()));
		events.publishEvent(new ColumnChanged(id, new SiteId(column.siteId)));
	}

	/** Deletes an empty column without sub-columns. */
	@Transactional
	public void delete(ColumnId id, String reason) {
		var column = load(id);
		ContentAccess.requireSiteAdmin(new SiteId(column.siteId));
		refuseWhileHoldingContent(column, "删除");
		if (!columns.findByParentId(column.id).isEmpty()) {
			throw Refusal.conflict("栏目「" + column.name + "」还有下级栏目，请先移动或删除下级栏目");
		}
		if (reason == null || reason.isBlank()) {
			throw Refusal.invalid("请填写删除栏目的理由");
		}
		var before = views(List.of(column)).get(0);
		columns.delete(column);
		audit.record(AuditRecord.of("COLUMN_DELETED", "column", column.id, "删除栏目「" + column.name + "」：" + reason.trim())
			.withChange(before, null));
		events.publishEvent(new ColumnChanged(id, new SiteId(column.siteId)));
	}

	/** Moves all content placed in one column into another column of the same site (before hiding or deleting it). */
	@Transactional
	public int moveContent(ColumnId from, ColumnId to) {
		var source = load(from);
		var target = load(to);
		ContentAccess.requireSiteAdmin(new SiteId(source.siteId));
		if (!source.siteId.equals(target.siteId)) {
			throw Refusal.invalid("只能把内容移到同一网站的栏目");
		}
		if (!target.kind.holdsArticles()) {
			throw Refusal.invalid("栏目「" + target.name + "」不承载信息，不能接收内容");
		}
		// A reference that already exists in the target is simply dropped from the source.
		jdbc.sql("""
				DELETE FROM article_placement p WHERE p.column_id = :from
				AND EXISTS (SELECT 1 FROM article_placement q WHERE q.article_id = p.article_id AND q.column_id = :to AND NOT p.home)
				""").param("from", source.id).param("to", target.id).update();
		int moved = jdbc.sql("UPDATE article_placement SET column_id = :to WHERE column_id = :from")
			.param("from", source.id).param("to", target.id).update();
		jdbc.sql("UPDATE article SET home_column_id = :to WHERE home_column_id = :from")
			.param("from", source.id).param("to", target.id).update();
		audit.record(AuditRecord.of("COLUMN_CONTENT_MOVED", "column", source.id,
				"把栏目「" + source.name + "」的 " + moved + " 条内容移到「" + target.name + "」"));
		events.publishEvent(new ColumnChanged(from, new SiteId(source.siteId)));
		return moved;
	}

	@Transactional(readOnly = true)
	public Optional<ColumnView> find(ColumnId id) {
		return columns.findById(id.value()).map(column -> views(List.of(column)).get(0));
	}

	@Transactional(readOnly = true)
	public ColumnView get(ColumnId id) {
		return views(List.of(load(id))).get(0);
	}

	/**
	 * A site's columns as the signed-in account works on them (Art. 6): all of them, or — for an editor or reviewer
	 * whose grants on the site are limited to column subtrees, such as a township's channel — only those subtrees.
	 */
	@Transactional(readOnly = true)
	public List<ColumnView> ofSiteForMe(SiteId site) {
		var all = ofSite(site);
		var me = org.govsite.iam.CurrentUser.require();
		if (ContentReaders.oversees(me) || Role.UNPUBLISHED_OVERSIGHT.stream().anyMatch(me::hasPlatformRole)) {
			return all;
		}
		var limited = grants.limitedTo(me, site, Role.SITE_CONTENT);
		return limited.isEmpty() ? all : all.stream().filter(column -> limited.contains(column.id().value())).toList();
	}

	/** A site's columns (its own and its topics'), in display order, each with its standing. */
	@Transactional(readOnly = true)
	public List<ColumnView> ofSite(SiteId site) {
		return views(columns.findBySiteIdOrderBySortOrderAscNameAsc(site.value()));
	}

	/**
	 * Every column of the platform with its standing: one aggregate over placements of live articles (indexed by
	 * column), joined to the columns — not a loop of per-column queries.
	 */
	@Transactional(readOnly = true)
	public List<ColumnView> allStandings() {
		return standings(null);
	}

	private List<ColumnView> views(List<Column> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		var ids = list.stream().map(c -> c.id).collect(Collectors.toSet());
		var stats = lastUpdates(ids);
		var archivedTopics = archivedTopics();
		var today = LocalDate.now(clock);
		return list.stream().map(column -> view(column, stats.get(column.id), archivedTopics, today)).toList();
	}

	/**
	 * Every column (of one site, or of all when {@code site} is null) with its standing as it was at the end of
	 * {@code day}: only articles published by then count. The assessment reads the columns of a period's last day.
	 */
	@Transactional(readOnly = true)
	public List<ColumnView> standingsOn(@Nullable SiteId site, LocalDate day) {
		return standings(site == null ? null : site.value(), day);
	}

	private List<ColumnView> standings(@Nullable UUID siteId) {
		return standings(siteId, LocalDate.now(clock));
	}

	private List<ColumnView> standings(@Nullable UUID siteId, LocalDate today) {
		var dayEnd = today.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
		var archivedTopics = archivedTopics();
		if (siteId == null && TransactionSynchronizationManager.isActualTransactionActive()) {
			// the platform-wide aggregate and the sort of every column: in memory, not spilled to disk (issue 15)
			jdbc.sql("SET LOCAL work_mem = '64MB'").update();
		}
		// today's standings from the figures the database keeps per column (V221 column_stat); another day's from the
		// articles published by its end
		var stats = today.equals(LocalDate.now(clock)) ? "column_stat" : """
				(
				    SELECT p.column_id, max(a.published_at) AS last_update, count(*) AS published
				    FROM article_placement p JOIN article a ON a.id = p.article_id
				    WHERE a.live_revision IS NOT NULL AND a.withdrawn_at IS NULL AND a.published_at < :dayEnd
				    GROUP BY p.column_id
				)""";
		// unordered, so that PostgreSQL joins by hash rather than walking the site index and looking up each column's
		// figures (issue 15: 50,000 columns); the display order is applied below
		var list = jdbc.sql("""
				SELECT c.id, c.site_id, c.name, c.slug, c.kind, c.update_class, c.created_at, c.topic_id, c.parent_id,
				       c.description, c.keywords, c.external_url, c.deadline_days, c.first_level, c.on_home, c.sort_order,
				       c.hidden, c.responsible_editor, timezone(:zone, s.last_update)::date, coalesce(s.published, 0)
				FROM content_column c
				LEFT JOIN %s s ON s.column_id = c.id
				WHERE CAST(:site AS UUID) IS NULL OR c.site_id = :site
				""".formatted(stats))
			.param("site", siteId)
			.param("dayEnd", java.sql.Timestamp.from(dayEnd))
			.param("zone", clock.getZone().getId())
			.query((rs, n) -> {
				var column = new Column(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
						rs.getString(4), ColumnKind.valueOf(rs.getString(5)), UpdateClass.valueOf(rs.getString(6)),
						rs.getTimestamp(7).toInstant());
				column.topicId = rs.getObject(8, UUID.class);
				column.parentId = rs.getObject(9, UUID.class);
				column.description = rs.getString(10);
				column.keywords = rs.getString(11);
				column.externalUrl = rs.getString(12);
				column.deadlineDays = (Integer) rs.getObject(13);
				column.firstLevel = rs.getBoolean(14);
				column.onHome = rs.getBoolean(15);
				column.sortOrder = rs.getInt(16);
				column.hidden = rs.getBoolean(17);
				column.responsibleEditor = rs.getObject(18, UUID.class);
				var stat = new LastUpdate(rs.getObject(19, LocalDate.class), rs.getLong(20));
				return view(column, stat, archivedTopics, today);
			})
			.list();
		var ordered = new ArrayList<>(list);
		ordered.sort(DISPLAY_ORDER);
		return ordered;
	}

	/** Columns by site, then in display order (sort order, then name). */
	private static final Comparator<ColumnView> DISPLAY_ORDER = Comparator
		.comparing((ColumnView c) -> c.siteId().value())
		.thenComparingInt(ColumnView::sortOrder)
		.thenComparing(ColumnView::name);

	private record LastUpdate(@Nullable LocalDate date, long published) {
	}

	private Map<UUID, LastUpdate> lastUpdates(Set<UUID> columnIds) {
		var result = new HashMap<UUID, LastUpdate>();
		jdbc.sql("""
				SELECT p.column_id, max(a.published_at) AS last_update, count(*) AS published
				FROM article_placement p JOIN article a ON a.id = p.article_id
				WHERE p.column_id IN (:ids) AND a.live_revision IS NOT NULL AND a.withdrawn_at IS NULL
				GROUP BY p.column_id
				""")
			.param("ids", columnIds)
			.query((rs, n) -> result.put(rs.getObject(1, UUID.class), new LastUpdate(
					rs.getTimestamp(2).toInstant().atZone(clock.getZone()).toLocalDate(), rs.getLong(3))))
			.list();
		return result;
	}

	private Set<UUID> archivedTopics() {
		return Set.copyOf(jdbc.sql("SELECT id FROM topic WHERE status = 'ARCHIVED'").query(UUID.class).list());
	}

	private ColumnView view(Column column, @Nullable LastUpdate stat, Set<UUID> archivedTopics, LocalDate today) {
		boolean exempt = !column.kind.holdsArticles() || column.hidden
				|| (column.topicId != null && archivedTopics.contains(column.topicId));
		var standing = ColumnStanding.of(column.updateClass, column.deadlineDays, exempt,
				stat == null ? null : stat.date(), today, warningDays);
		return new ColumnView(new ColumnId(column.id), new SiteId(column.siteId),
				column.topicId == null ? null : new TopicId(column.topicId),
				column.parentId == null ? null : new ColumnId(column.parentId), column.name, column.slug,
				column.description, column.keywords, column.kind, column.externalUrl, column.updateClass,
				column.deadlineDays, column.firstLevel, column.onHome, column.sortOrder, column.hidden,
				stat == null ? 0 : stat.published(), standing,
				column.responsibleEditor == null ? null : new UserId(column.responsibleEditor));
	}

	private void apply(Column column, ColumnForm form) {
		var reasons = new ArrayList<String>();
		if (sites.find(form.siteId()).isEmpty()) {
			reasons.add("网站不存在");
		}
		if (form.parentId() != null) {
			var parent = columns.findById(form.parentId().value());
			if (parent.isEmpty() || !parent.get().siteId.equals(form.siteId().value())) {
				reasons.add("上级栏目不存在或不属于该网站");
			}
			else if (parent.get().id.equals(column.id) || isDescendant(parent.get(), column.id)) {
				reasons.add("上级栏目不能是本栏目或其下级栏目");
			}
			else if (!java.util.Objects.equals(parent.get().topicId, form.topicId() == null ? null : form.topicId().value())) {
				reasons.add("上级栏目与本栏目须属于同一专题");
			}
		}
		if (form.topicId() != null) {
			var topicSite = jdbc.sql("SELECT site_id FROM topic WHERE id = ?").param(form.topicId().value()).query(UUID.class).optional();
			if (topicSite.isEmpty() || !topicSite.get().equals(form.siteId().value())) {
				reasons.add("专题不存在或不属于该网站");
			}
		}
		if (form.kind() == ColumnKind.EXTERNAL_LINK) {
			// or one of the platform's public pages (依申请公开, 留言…), which every site's domain serves under /public/
			boolean platformPage = form.externalUrl() != null && form.externalUrl().startsWith("/public/")
					&& org.govsite.shared.SafeUrl.allowed(form.externalUrl());
			if (!org.govsite.shared.SafeUrl.absoluteHttp(form.externalUrl()) && !platformPage) {
				reasons.add("外部链接栏目须填写以 http:// 或 https:// 开头的链接地址");
			}
		}
		if (form.firstLevel() && form.parentId() != null) {
			reasons.add("一级栏目不能有上级栏目：请取消勾选「一级栏目」，或把上级栏目选为「无」");
		}
		if (!form.firstLevel() && form.parentId() == null && form.topicId() == null) {
			// a column with neither would be linked from nowhere on the public site
			reasons.add("没有上级栏目的栏目就是一级栏目：请勾选「一级栏目」，或选择上级栏目");
		}
		if (column.id != null && column.kind != form.kind() && column.kind.holdsArticles() && !form.kind().holdsArticles()
				&& holdsContent(column)) {
			reasons.add("栏目「" + column.name + "」中有信息，不能改为不承载信息的类型，请先移动内容");
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		column.topicId = form.topicId() == null ? null : form.topicId().value();
		column.parentId = form.parentId() == null ? null : form.parentId().value();
		column.name = form.name().trim();
		column.slug = form.slug();
		column.description = blankToNull(form.description());
		column.keywords = blankToNull(form.keywords());
		column.kind = form.kind();
		column.externalUrl = form.kind() == ColumnKind.EXTERNAL_LINK ? form.externalUrl() : null;
		column.updateClass = form.updateClass();
		column.deadlineDays = form.deadlineDays();
		column.firstLevel = form.firstLevel();
		column.onHome = form.onHome();
		column.sortOrder = form.sortOrder();
		column.responsibleEditor = form.responsibleEditor() == null ? null : form.responsibleEditor().value();
	}

	private boolean isDescendant(Column candidate, UUID ancestor) {
		var current = candidate.parentId;
		int depth = 0;
		while (current != null && depth++ < 50) {
			if (current.equals(ancestor)) {
				return true;
			}
			current = columns.findById(current).map(c -> c.parentId).orElse(null);
		}
		return false;
	}

	private boolean holdsContent(Column column) {
		return jdbc.sql("""
				SELECT count(*) FROM article_placement p JOIN article a ON a.id = p.article_id
				WHERE p.column_id = ? AND a.withdrawn_at IS NULL
				""").param(column.id).query(Long.class).single() > 0;
	}

	private void refuseWhileHoldingContent(Column column, String what) {
		if (holdsContent(column)) {
			throw Refusal.conflict("栏目「" + column.name + "」中还有信息，请先把内容移到其他栏目再" + what + "（办法第八条：栏目须整合，不得留空）");
		}
	}

	private Column save(Column column) {
		try {
			return columns.save(column);
		}
		catch (DuplicateKeyException e) {
			throw Refusal.conflict("栏目路径「" + column.slug + "」在该网站上已被使用");
		}
		catch (org.springframework.dao.OptimisticLockingFailureException e) {
			throw Refusal.conflict("栏目已被他人修改，请刷新后重试");
		}
	}

	Column load(@Nullable ColumnId id) {
		if (id == null) {
			throw Refusal.invalid("请选择栏目");
		}
		return columns.findById(id.value()).orElseThrow(() -> Refusal.notFound("栏目不存在"));
	}


}

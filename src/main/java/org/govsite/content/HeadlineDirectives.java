package org.govsite.content;

import static org.govsite.content.DirectiveTargetStatus.TABLE;
import static org.govsite.shared.Text.blankToNull;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.govsite.shared.BeijingTime;
import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.iam.Role;
import org.govsite.shared.FormCheck;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.Sites;
import org.govsite.unit.UnitId;
import org.govsite.unit.UnitKind;
import org.govsite.unit.Units;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Headline directives (Art. 10): the cyberspace office issues a directive to target sites; each site's editor adopts it
 * (it becomes an article in the chosen headline column and then follows 三审) or records why not. The board shows
 * every target's standing.
 */
@Service
public class HeadlineDirectives {

	private final JdbcClient jdbc;
	private final Articles articles;
	private final Sites sites;
	private final Units units;
	private final AuditTrail audit;
	private final FormCheck formCheck;
	private final Clock clock;

	HeadlineDirectives(JdbcClient jdbc, Articles articles, Sites sites, Units units, AuditTrail audit,
			FormCheck formCheck, Clock clock) {
		this.jdbc = jdbc;
		this.articles = articles;
		this.sites = sites;
		this.units = units;
		this.audit = audit;
		this.formCheck = formCheck;
		this.clock = clock;
	}

	/** Issues a directive; only an account of the cyberspace office (网信办) may. */
	@Transactional
	public UUID issue(DirectiveForm form) {
		formCheck.require(form);
		var user = Articles.currentUser();
		var reasons = new ArrayList<String>();
		if (units.find(new UnitId(user.unitId())).map(unit -> unit.kind() != UnitKind.CYBERSPACE_OFFICE).orElse(true)) {
			reasons.add("只有网信办的账号才能下发网站头条信息发布指令");
		}
		if ((form.body() == null || form.body().isBlank()) && (form.link() == null || form.link().isBlank())) {
			reasons.add("请填写指令正文或链接");
		}
		if (form.link() != null && !form.link().isBlank() && !form.link().matches("^https?://\\S+$")) {
			reasons.add("链接须以 http:// 或 https:// 开头");
		}
		var now = Instant.now(clock);
		var deadline = form.deadline().atZone(BeijingTime.ZONE).toInstant();
		if (!deadline.isAfter(now)) {
			reasons.add("完成时限须晚于当前时间");
		}
		for (var site : form.targetSiteIds()) {
			if (site == null || sites.find(site).isEmpty()) {
				reasons.add("目标网站不存在");
			}
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO headline_directive (id, title, body, link, place, deadline, issued_by, issued_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, form.title().trim(), form.body() == null ? null : RichText.sanitize(form.body()),
					blankToNull(form.link()), form.place() == null || form.place().isBlank() ? "头条" : form.place().trim(),
					Timestamp.from(deadline), user.username(), Timestamp.from(now))
			.update();
		for (var site : form.targetSiteIds().stream().distinct().toList()) {
			jdbc.sql("INSERT INTO headline_directive_target (directive_id, site_id, status) VALUES (?, ?, 'PENDING')")
				.params(id, site.value()).update();
		}
		audit.record(AuditRecord.of("DIRECTIVE_ISSUED", "directive", id,
				"下发头条发布指令「" + form.title().trim() + "」到 " + form.targetSiteIds().size() + " 个网站"));
		return id;
	}

	/** The site's editor adopts the directive: it becomes a draft article in the chosen column, then follows 三审. */
	@Transactional
	public ArticleView adopt(UUID directiveId, SiteId site, ColumnId column) {
		var target = TABLE.fire(statusOf(directiveId, site), DirectiveTargetStatus.Action.ADOPT, null, Refusal.Kind.INVALID);
		var directive = jdbc.sql("SELECT title, body, link FROM headline_directive WHERE id = ?").param(directiveId)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }).single();
		var body = (directive[1] == null ? "" : directive[1])
				+ (directive[2] == null ? "" : "<p><a href=\"" + directive[2] + "\">" + directive[2] + "</a></p>");
		var article = articles.write(ArticleForm.simple(column, directive[0], body, false));
		if (!article.siteId().equals(site)) {
			throw Refusal.invalid("所选栏目须属于目标网站");
		}
		answer(directiveId, site, target, article.id().value(), null);
		audit.record(AuditRecord.of("DIRECTIVE_ADOPTED", "directive", directiveId, "采用头条发布指令「" + directive[0] + "」"));
		return article;
	}

	/** The site records why it does not adopt the directive. */
	@Transactional
	public void decline(UUID directiveId, SiteId site, String reason) {
		var target = TABLE.fire(statusOf(directiveId, site), DirectiveTargetStatus.Action.DECLINE, null, Refusal.Kind.INVALID);
		var user = Articles.currentUser();
		if (!user.hasRoleOn(Role.EDITOR, site) && !user.hasRoleOn(Role.SITE_ADMIN, site)) {
			throw Refusal.forbidden("只有目标网站的编辑或站点管理员才能处理指令");
		}
		if (reason == null || reason.isBlank()) {
			throw Refusal.invalid("不采用指令须写明理由");
		}
		answer(directiveId, site, target, null, reason.trim());
		audit.record(AuditRecord.of("DIRECTIVE_DECLINED", "directive", directiveId, "不采用头条发布指令：" + reason.trim()));
	}

	/** Every target of every directive (newest first), or only those of one site. */
	@Transactional(readOnly = true)
	public List<DirectiveTargetView> board(@Nullable SiteId site) {
		var now = Instant.now(clock);
		// Site names come through the site module's API, not its table.
		var siteNames = new java.util.HashMap<UUID, String>();
		sites.all().forEach(view -> siteNames.put(view.id().value(), view.name()));
		return jdbc.sql("""
				SELECT d.id, d.title, d.deadline, t.site_id, t.status, t.article_id, a.state,
				       (a.live_revision IS NOT NULL AND a.withdrawn_at IS NULL) AS published, t.reason, t.answered_by
				FROM headline_directive d
				JOIN headline_directive_target t ON t.directive_id = d.id
				LEFT JOIN article a ON a.id = t.article_id
				WHERE CAST(:site AS UUID) IS NULL OR t.site_id = :site
				ORDER BY d.issued_at DESC, t.site_id
				""")
			.param("site", site == null ? null : site.value())
			.query((rs, n) -> {
				var deadline = rs.getTimestamp("deadline").toInstant();
				boolean published = rs.getBoolean("published");
				var status = DirectiveTargetStatus.valueOf(rs.getString("status"));
				var articleId = rs.getObject("article_id", UUID.class);
				var state = rs.getString("state");
				return new DirectiveTargetView(rs.getObject("id", UUID.class), rs.getString("title"), deadline,
						new SiteId(rs.getObject("site_id", UUID.class)),
						siteNames.getOrDefault(rs.getObject("site_id", UUID.class), ""), status,
						articleId == null ? null : new ArticleId(articleId), state == null ? null : ArticleState.valueOf(state),
						published, !published && status != DirectiveTargetStatus.DECLINED && deadline.isBefore(now),
						rs.getString("reason"), rs.getString("answered_by"));
			})
			.list();
	}

	/** The directive as issued (read-only). */
	@Transactional(readOnly = true)
	public java.util.Optional<DirectiveView> find(UUID directiveId) {
		return jdbc.sql("SELECT id, title, body, link, place, deadline, issued_by, issued_at FROM headline_directive WHERE id = ?")
			.param(directiveId)
			.query((rs, n) -> new DirectiveView(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("body"),
					rs.getString("link"), rs.getString("place"), rs.getTimestamp("deadline").toInstant(),
					rs.getString("issued_by"), rs.getTimestamp("issued_at").toInstant()))
			.optional();
	}

	private DirectiveTargetStatus statusOf(UUID directiveId, SiteId site) {
		return jdbc.sql("SELECT status FROM headline_directive_target WHERE directive_id = ? AND site_id = ?")
			.params(directiveId, site.value()).query(String.class).optional()
			.map(DirectiveTargetStatus::valueOf)
			.orElseThrow(() -> Refusal.notFound("该网站不是此指令的目标网站"));
	}

	private void answer(UUID directiveId, SiteId site, DirectiveTargetStatus status, @Nullable UUID article, @Nullable String reason) {
		jdbc.sql("""
				UPDATE headline_directive_target SET status = ?, article_id = ?, reason = ?, answered_by = ?, answered_at = ?
				WHERE directive_id = ? AND site_id = ? AND status = 'PENDING'
				""")
			.params(status.name(), article, reason, Articles.currentUser().username(), Timestamp.from(Instant.now(clock)),
					directiveId, site.value())
			.update();
	}
}

package org.govsite.interaction;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 常用语: a site's reply templates, kept by its responders (and its site administrator), inserted into an answer on
 * the message page and edited there before it is sent. Only for the people who answer the site's messages.
 */
@Service
public class ReplyTemplates {

	/** One template. */
	public record Template(UUID id, SiteId siteId, String title, String body, String createdBy, Instant createdAt) {
	}

	/** {@code {"siteId", "title", "body"}}. */
	public record Form(@Nullable SiteId siteId, @Nullable String title, @Nullable String body) {
	}

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	ReplyTemplates(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The templates of the sites where the signed-in account answers messages (or of one of them), by title. */
	@Transactional(readOnly = true)
	public List<Template> mine(@Nullable SiteId site) {
		var user = user();
		var sites = site == null ? keepers(user) : List.of(requireKeeper(user, site, "查看常用语"));
		if (sites.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM interaction_reply_template WHERE site_id IN (:sites) ORDER BY title, created_at")
			.param("sites", sites.stream().map(SiteId::value).toList())
			.query((rs, n) -> new Template(rs.getObject("id", UUID.class), new SiteId(rs.getObject("site_id", UUID.class)),
					rs.getString("title"), rs.getString("body"), rs.getString("created_by"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	@Transactional
	public Template create(Form form) {
		var user = user();
		var reasons = new ArrayList<String>();
		if (form.siteId() == null) {
			reasons.add("请选择网站");
		}
		var title = form.title() == null ? "" : form.title().strip();
		var body = form.body() == null ? "" : form.body().strip();
		if (title.isEmpty()) {
			reasons.add("请填写常用语名称");
		}
		else if (title.length() > 100) {
			reasons.add("常用语名称不能超过 100 个字");
		}
		if (body.isEmpty()) {
			reasons.add("请填写常用语内容");
		}
		else if (body.length() > 5000) {
			reasons.add("常用语内容不能超过 5000 个字");
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		var site = requireKeeper(user, form.siteId(), "维护常用语");
		var id = UUID.randomUUID();
		var now = clock.instant();
		jdbc.sql("INSERT INTO interaction_reply_template (id, site_id, title, body, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")
			.params(id, site.value(), title, body, user.username(), Timestamp.from(now)).update();
		audit.record(AuditRecord.of("REPLY_TEMPLATE_ADDED", "interaction_reply_template", id, "新增常用语「" + title + "」"));
		return new Template(id, site, title, body, user.username(), now);
	}

	@Transactional
	public void delete(UUID id) {
		var user = user();
		var row = jdbc.sql("SELECT site_id, title FROM interaction_reply_template WHERE id = ?").param(id)
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2) }).optional()
			.orElseThrow(() -> Refusal.notFound("常用语不存在"));
		requireKeeper(user, new SiteId((UUID) row[0]), "维护常用语");
		jdbc.sql("DELETE FROM interaction_reply_template WHERE id = ?").param(id).update();
		audit.record(AuditRecord.of("REPLY_TEMPLATE_REMOVED", "interaction_reply_template", id, "删除常用语「" + row[1] + "」"));
	}

	/** The sites whose templates the account keeps: where it answers messages or administers the site. */
	public static List<SiteId> keepers(CurrentUser user) {
		var sites = new ArrayList<SiteId>(user.sitesWith(Role.RESPONDER));
		user.sitesWith(Role.SITE_ADMIN).stream().filter(s -> !sites.contains(s)).forEach(sites::add);
		return sites;
	}

	private static SiteId requireKeeper(CurrentUser user, SiteId site, String what) {
		if (!user.hasRoleOn(Role.RESPONDER, site) && !user.hasRoleOn(Role.SITE_ADMIN, site)) {
			throw Refusal.forbidden("只有本网站的互动办理员或站点管理员才能" + what);
		}
		return site;
	}

	private static CurrentUser user() {
		return CurrentUser.fromContext().orElseThrow(() -> Refusal.forbidden("请先登录"));
	}
}

package org.govsite.content;

import static org.govsite.shared.Text.blankToNull;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.shared.FormCheck;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Special topics (专题专栏, Art. 16): a topic has its own column tree (columns created with its {@link TopicId}), a
 * banner, start and end dates, and moves 筹备 → 进行中 → 已归档. Archived topics stay readable and their columns are
 * exempt from update deadlines.
 */
@Service
public class Topics {

	private final JdbcClient jdbc;
	private final Sites sites;
	private final AuditTrail audit;
	private final FormCheck formCheck;
	private final Clock clock;
	private final org.springframework.context.ApplicationEventPublisher events;

	Topics(JdbcClient jdbc, Sites sites, AuditTrail audit, FormCheck formCheck, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.sites = sites;
		this.audit = audit;
		this.formCheck = formCheck;
		this.clock = clock;
	}

	@Transactional
	public TopicView open(TopicForm form) {
		formCheck.require(form);
		ContentAccess.requireSiteAdmin(form.siteId());
		var reasons = new ArrayList<String>();
		if (sites.find(form.siteId()).isEmpty()) {
			reasons.add("网站不存在");
		}
		if (form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
			reasons.add("专题结束日期不能早于开始日期");
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		var id = UUID.randomUUID();
		try {
			jdbc.sql("""
					INSERT INTO topic (id, version, site_id, name, slug, description, banner_path, starts_on, ends_on, status, created_at)
					VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, 'PREPARING', ?)
					""")
				.params(id, form.siteId().value(), form.name().trim(), form.slug(), blankToNull(form.description()),
						blankToNull(form.bannerPath()), Date.valueOf(form.startsOn()),
						form.endsOn() == null ? null : Date.valueOf(form.endsOn()), Timestamp.from(Instant.now(clock)))
				.update();
		}
		catch (DuplicateKeyException e) {
			throw Refusal.conflict("专题路径「" + form.slug() + "」在该网站上已被使用");
		}
		var topic = get(new TopicId(id));
		audit.record(AuditRecord.of("TOPIC_OPENED", "topic", id, "开设专题「" + topic.name() + "」").withChange(null, topic));
		events.publishEvent(new TopicChanged(topic.id(), topic.siteId()));
		return topic;
	}

	/** 筹备 → 进行中. */
	@Transactional
	public TopicView start(TopicId id) {
		return move(id, TopicAction.START, null);
	}

	/** 进行中 → 已归档, with a reason; the topic stays readable and leaves the update checks. */
	@Transactional
	public TopicView archive(TopicId id, String reason) {
		if (reason == null || reason.isBlank()) {
			throw Refusal.invalid("归档专题须填写理由");
		}
		return move(id, TopicAction.ARCHIVE, reason.trim());
	}

	@Transactional(readOnly = true)
	public TopicView get(TopicId id) {
		return find(id).orElseThrow(() -> Refusal.notFound("专题不存在"));
	}

	@Transactional(readOnly = true)
	public Optional<TopicView> find(TopicId id) {
		return jdbc.sql("SELECT * FROM topic WHERE id = ?").param(id.value()).query(Topics::map).optional();
	}

	@Transactional(readOnly = true)
	public List<TopicView> ofSite(SiteId site) {
		return jdbc.sql("SELECT * FROM topic WHERE site_id = ? ORDER BY starts_on DESC, name").param(site.value())
			.query(Topics::map).list();
	}

	private TopicView move(TopicId id, TopicAction action, @Nullable String reason) {
		var topic = get(id);
		ContentAccess.requireSiteAdmin(topic.siteId());
		var from = topic.status();
		var to = TopicAction.TABLE.fire(from, action, null, Refusal.Kind.INVALID);
		jdbc.sql("UPDATE topic SET status = ?, version = version + 1 WHERE id = ? AND status = ?")
			.params(to.name(), id.value(), from.name()).update();
		var after = get(id);
		audit.record(AuditRecord.of("TOPIC_" + to.name(), "topic", id.value(),
				action.label() + "「" + topic.name() + "」" + (reason == null ? "" : "：" + reason)).withChange(topic, after));
		events.publishEvent(new TopicChanged(after.id(), after.siteId()));
		return after;
	}

	private static TopicView map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		var ends = rs.getDate("ends_on");
		return new TopicView(new TopicId(rs.getObject("id", UUID.class)), new SiteId(rs.getObject("site_id", UUID.class)),
				rs.getString("name"), rs.getString("slug"), rs.getString("description"), rs.getString("banner_path"),
				rs.getDate("starts_on").toLocalDate(), ends == null ? null : ends.toLocalDate(),
				TopicStatus.valueOf(rs.getString("status")));
	}
}

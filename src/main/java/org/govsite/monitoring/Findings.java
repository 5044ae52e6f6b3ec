package org.govsite.monitoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.Actor;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one findings model every check reports into: listing for the people who may see a site, the lifecycle actions
 * (确认, 误报, 已整改 after a passing re-check), and what scans record.
 */
@Service
public class Findings {

	/** {@code POST /api/v1/monitoring/findings/{id}/transitions}: {@code {"action": "CONFIRM", "comment": "…"}}. */
	public record Command(FindingLifecycle.@Nullable Action action, @Nullable String comment) {
	}

	/** A line of a finding's history. */
	public record HistoryLine(@Nullable String from, String to, String action, String actor, @Nullable String comment,
			java.time.Instant at) {
	}

	/** What {@link #restore} did: the finding after it, and the sentence of the restore. */
	public record Restoration(FindingView finding, String sentence) {
	}

	private final FindingStore store;
	private final Sites sites;
	private final org.govsite.publishing.PublishedFiles files;
	private final Incidents incidents;
	private final Recheck recheck;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final MonitoringProperties properties;
	private final Clock clock;

	Findings(FindingStore store, Sites sites, Recheck recheck, AuditTrail audit, ApplicationEventPublisher events,
			MonitoringProperties properties, Clock clock, org.govsite.publishing.PublishedFiles files, Incidents incidents) {
		this.files = files;
		this.incidents = incidents;
		this.store = store;
		this.sites = sites;
		this.recheck = recheck;
		this.audit = audit;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public FindingView get(UUID id) {
		var row = store.find(id).orElseThrow(() -> Refusal.notFound("监测问题不存在"));
		MonitoringAccess.requireRead(row.siteId());
		return view(row, siteNames());
	}

	@Transactional(readOnly = true)
	public List<HistoryLine> history(UUID id) {
		get(id);
		return store.history(id).stream().map(t -> new HistoryLine(
				t.from() == null ? null : FindingLifecycle.Status.valueOf(t.from()).label(),
				FindingLifecycle.Status.valueOf(t.to()).label(), actionLabel(t.action()), t.actor(), t.comment(), t.at()))
			.toList();
	}

	/** Findings of the sites the signed-in account may see, filtered (null: any), newest problems first. */
	@Transactional(readOnly = true)
	public List<FindingView> search(@Nullable SiteId site, FindingLifecycle.@Nullable Status status,
			@Nullable Severity severity, @Nullable Check check, int limit) {
		var user = MonitoringAccess.user();
		List<java.util.UUID> visible;
		if (site != null) {
			MonitoringAccess.requireRead(site);
			visible = List.of(site.value());
		}
		else if (MonitoringAccess.readsAll(user)) {
			visible = null;
		}
		else {
			visible = visibleSites(user);
		}
		var names = siteNames();
		return store.search(visible, status == null ? null : status.name(), severity == null ? null : severity.name(),
				check == null ? null : check.name(), Math.max(1, Math.min(limit, 5000)))
			.stream().map(row -> view(row, names)).toList();
	}

	@Transactional(readOnly = true)
	List<FindingView> ofScan(UUID scan) {
		var names = siteNames();
		return store.ofScan(scan).stream().map(row -> view(row, names)).toList();
	}

	/** Takes a lifecycle action; {@code FIX} re-checks the problem first and refuses while it is still there. */
	@Transactional
	public FindingView transition(UUID id, Command command) {
		var row = store.find(id).orElseThrow(() -> Refusal.notFound("监测问题不存在"));
		MonitoringAccess.requireAct(row.siteId(), "处理监测问题");
		var action = command.action();
		if (action == null) {
			throw Refusal.invalid("请选择要执行的操作");
		}
		if (action == FindingLifecycle.Action.REAPPEAR) {
			throw Refusal.invalid("「重新出现」由监测扫描自动记录，不能手工执行");
		}
		var comment = command.comment() == null || command.comment().isBlank() ? null : command.comment().strip();
		boolean passed = true;
		String outcome = "";
		if (action == FindingLifecycle.Action.FIX && FindingLifecycle.TABLE.allows(row.status(), action)) {
			var result = recheck.run(row);
			passed = result.gone();
			outcome = result.outcome();
		}
		var to = FindingLifecycle.TABLE.fire(row.status(), action,
				new FindingLifecycle.Facts(comment != null, passed, outcome), Refusal.Kind.INVALID);
		if (!store.move(row, to)) {
			throw Refusal.conflict("该问题已被他人处理，请刷新后重试");
		}
		var now = clock.instant();
		store.recordTransition(row.id(), row.status(), to, action.name(), Actor.current(),
				action == FindingLifecycle.Action.FIX ? join(comment, "复查通过：" + outcome) : comment, now);
		var after = get(id);
		audit.record(AuditRecord.of("FINDING_" + action.name(), "monitoring_finding", id,
				"监测问题「" + Kinds.label(row.kind()) + "：" + row.url() + "」" + action.label() + "：" + row.status().label()
						+ " → " + to.label() + (comment == null ? "" : "（" + comment + "）")));
		return after;
	}

	/**
	 * 一键恢复 of a tampered site: puts the published version of the file back (or takes away a file GovSite never
	 * published), then marks the finding 已整改 after the same re-check as {@code FIX}; when no tampered file is left
	 * the site's tamper incident closes. Audited twice: the restore (publishing) and the finding's move.
	 */
	@Transactional
	public Restoration restore(UUID id) {
		var row = store.find(id).orElseThrow(() -> Refusal.notFound("监测问题不存在"));
		MonitoringAccess.requireAct(row.siteId(), "恢复被篡改的文件");
		if (row.check() != Check.TAMPER || !TamperCheck.RESTORABLE.contains(row.kind())) {
			throw Refusal.invalid("只有服务器上被篡改、被删除或多出的文件可以一键恢复");
		}
		if (!row.status().open()) {
			throw Refusal.conflict("问题当前状态为「" + row.status().label() + "」，无需恢复");
		}
		var path = files.pathOf(row.siteId(), java.net.URI.create(row.url()))
			.orElseThrow(() -> Refusal.invalid("无法由地址 " + row.url() + " 确定网站上的文件"));
		var site = sites.find(row.siteId()).orElseThrow(() -> Refusal.notFound("网站不存在"));
		var restored = files.restore(row.siteId(), path, site.name());
		var check = recheck.run(row);
		var to = FindingLifecycle.TABLE.fire(row.status(), FindingLifecycle.Action.FIX,
				new FindingLifecycle.Facts(true, check.gone(), check.outcome()), Refusal.Kind.CONFLICT);
		if (!store.move(row, to)) {
			throw Refusal.conflict("该问题已被他人处理，请刷新后重试");
		}
		var now = clock.instant();
		store.recordTransition(row.id(), row.status(), to, FindingLifecycle.Action.FIX.name(), Actor.current(),
				restored.sentence() + "；复查通过：" + check.outcome(), now);
		audit.record(AuditRecord.of("FINDING_RESTORE", "monitoring_finding", id,
				"监测问题「" + Kinds.label(row.kind()) + "：" + row.url() + "」一键恢复：" + restored.sentence()));
		long left = store.search(List.of(row.siteId().value()), null, null, Check.TAMPER.name(), 5000).stream()
			.filter(r -> r.status().open()).count();
		if (left == 0) {
			incidents.recover(site, IncidentLifecycle.Cause.TAMPER, "被篡改文件已全部恢复", now);
		}
		return new Restoration(get(id), restored.sentence());
	}

	/** Records what a scan reported; returns how many findings it opened or reopened. */
	@Transactional
	int record(SiteView site, UUID scan, List<FindingStore.Report> reports) {
		int opened = 0;
		var now = clock.instant();
		for (var report : reports) {
			var existing = store.find(site.id(), report.fingerprint());
			if (existing.isEmpty()) {
				var id = store.insert(site.id(), scan, report, now);
				store.recordTransition(id, null, FindingLifecycle.Status.OPEN, "DETECTED", Actor.SYSTEM,
						report.evidence(), now);
				announce(id, site, report, now);
				opened++;
				continue;
			}
			var row = existing.get();
			store.seenAgain(row, scan, report, now, properties.getConfirmSuspectedAfter());
			if (row.status() == FindingLifecycle.Status.FIXED) {
				var to = FindingLifecycle.TABLE.fire(row.status(), FindingLifecycle.Action.REAPPEAR,
						new FindingLifecycle.Facts(true, true, ""), Refusal.Kind.CONFLICT);
				if (store.move(row, to)) {
					store.recordTransition(row.id(), row.status(), to, FindingLifecycle.Action.REAPPEAR.name(),
							Actor.SYSTEM, "扫描再次发现该问题", now);
					announce(row.id(), site, report, now);
					opened++;
				}
			}
		}
		return opened;
	}

	private void announce(UUID id, SiteView site, FindingStore.Report report, java.time.Instant now) {
		if (report.severity() == Severity.SERIOUS) {
			events.publishEvent(new FindingOpened(id, site.id(), site.name(), report.check(), report.kind(),
					report.severity(), report.url(), Kinds.label(report.kind()) + "：" + report.evidence(), now));
		}
	}

	private static @Nullable String join(@Nullable String a, String b) {
		return a == null ? b : a + "；" + b;
	}

	private static String actionLabel(String action) {
		if (action.equals("DETECTED")) {
			return "发现";
		}
		try {
			return FindingLifecycle.Action.valueOf(action).label();
		}
		catch (IllegalArgumentException e) {
			return action;
		}
	}

	private List<UUID> visibleSites(CurrentUser user) {
		var ids = new ArrayList<UUID>();
		user.sitesWith(Role.DUTY_OFFICER).forEach(s -> ids.add(s.value()));
		user.sitesWith(Role.SITE_ADMIN).forEach(s -> ids.add(s.value()));
		return ids;
	}

	private Map<UUID, String> siteNames() {
		return sites.all().stream().collect(Collectors.toMap(s -> s.id().value(), SiteView::name, (a, b) -> a));
	}

	FindingView view(FindingStore.Row row, Map<UUID, String> names) {
		return new FindingView(row.id(), row.siteId().value(), names.getOrDefault(row.siteId().value(), ""), row.check(),
				row.kind(), Kinds.label(row.kind()), row.severity(), row.confirmed(), row.url(), row.page(), row.pages(),
				row.linkCount(), row.anchorText(), row.linkKind(), row.outcome(), row.evidence(), row.suggestion(),
				row.status(), row.firstSeen(), row.lastSeen(),
				FindingLifecycle.TABLE.actionsFrom(row.status()).stream()
					.filter(a -> a != FindingLifecycle.Action.REAPPEAR).toList());
	}
}

package org.govsite.monitoring;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.shared.Actor;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.SiteType;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which address of each registered site is watched and how often. Every registered site is monitored, published on
 * the platform or not: the address defaults to {@code https://<main domain>/} and can be set to any http(s) URL.
 */
@Service
public class MonitoredSites {

	/** A site as the probes and scans see it. */
	record Target(SiteView site, URI baseUrl, int probeIntervalMinutes, boolean enabled, Set<String> hosts) {
	}

	private final Sites sites;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final MonitoringProperties properties;
	private final Clock clock;

	MonitoredSites(Sites sites, JdbcClient jdbc, AuditTrail audit, MonitoringProperties properties, Clock clock) {
		this.sites = sites;
		this.jdbc = jdbc;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public MonitoringSettingsView settings(SiteId id) {
		MonitoringAccess.requireRead(id);
		return view(site(id));
	}

	/** Whether the signed-in account may change the site's settings and start scans (the console offers the forms). */
	public boolean mayAct(SiteId id) {
		return org.govsite.iam.CurrentUser.fromContext().map(u -> MonitoringAccess.acts(u, id)).orElse(false);
	}

	@Transactional
	public MonitoringSettingsView change(SiteId id, MonitoringSettingsForm form) {
		MonitoringAccess.requireAct(id, "修改监测设置");
		var site = site(id);
		var before = view(site);
		var reasons = new ArrayList<String>();
		String url = null;
		if (form.baseUrl() != null && !form.baseUrl().isBlank()) {
			url = form.baseUrl().strip();
			try {
				var uri = URI.create(url);
				var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
				if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
					reasons.add("监测地址须是以 http:// 或 https:// 开头的完整网址");
				}
			}
			catch (IllegalArgumentException e) {
				reasons.add("监测地址「" + url + "」不是有效的网址");
			}
		}
		else if (site.mainDomain() == null) {
			reasons.add("网站尚未登记主域名，须填写监测地址");
		}
		int interval = form.probeIntervalMinutes() == null ? before.probeIntervalMinutes() : form.probeIntervalMinutes();
		if (interval < 1 || interval > 72) {
			reasons.add("探测间隔须在 1 至 72 分钟之间（每天至少访问 20 次）");
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		boolean enabled = form.enabled() == null ? before.enabled() : form.enabled();
		jdbc.sql("""
				INSERT INTO monitoring_site (site_id, base_url, probe_interval_minutes, enabled, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (site_id) DO UPDATE SET base_url = EXCLUDED.base_url,
				  probe_interval_minutes = EXCLUDED.probe_interval_minutes, enabled = EXCLUDED.enabled,
				  updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
				""")
			.params(id.value(), url == null ? "" : url, interval, enabled, Timestamp.from(clock.instant()), Actor.current())
			.update();
		var after = view(site);
		audit.record(AuditRecord.of("MONITORING_SETTINGS_CHANGED", "site", id,
				"修改网站「" + site.name() + "」的监测设置：" + (after.baseUrl() == null ? "无监测地址" : after.baseUrl())
						+ "，每 " + after.probeIntervalMinutes() + " 分钟探测" + (after.enabled() ? "" : "（已停用）"))
			.withChange(before, after));
		return after;
	}

	/** Every site that is watched: active, enabled, with an address (the settings read in one query). */
	@Transactional(readOnly = true)
	List<Target> targets() {
		var rows = new java.util.HashMap<java.util.UUID, Row>();
		jdbc.sql("SELECT site_id, base_url, probe_interval_minutes, enabled FROM monitoring_site")
			.query(rs -> {
				rows.put(rs.getObject(1, java.util.UUID.class), new Row(rs.getString(2), rs.getInt(3), rs.getBoolean(4)));
			});
		return sites.all().stream().filter(site -> site.status().isActive())
			.map(site -> target(site, view(site, Optional.ofNullable(rows.get(site.id().value())))))
			.flatMap(Optional::stream).filter(Target::enabled).toList();
	}

	@Transactional(readOnly = true)
	Optional<Target> target(SiteId id) {
		return sites.find(id).flatMap(this::target);
	}

	@Transactional(readOnly = true)
	List<SiteView> all() {
		return sites.all();
	}

	private Optional<Target> target(SiteView site) {
		return target(site, view(site));
	}

	private Optional<Target> target(SiteView site, MonitoringSettingsView view) {
		if (view.baseUrl() == null) {
			return Optional.empty();
		}
		URI uri;
		try {
			uri = URI.create(view.baseUrl());
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		var hosts = new HashSet<String>();
		if (site.mainDomain() != null) {
			hosts.add(site.mainDomain().toLowerCase(Locale.ROOT));
		}
		site.aliases().forEach(alias -> hosts.add(alias.toLowerCase(Locale.ROOT)));
		return Optional.of(new Target(site, uri, view.probeIntervalMinutes(), view.enabled(), Set.copyOf(hosts)));
	}

	private record Row(String baseUrl, int interval, boolean enabled) {
	}

	private MonitoringSettingsView view(SiteView site) {
		return view(site, jdbc.sql("SELECT base_url, probe_interval_minutes, enabled FROM monitoring_site WHERE site_id = ?")
			.param(site.id().value())
			.query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getBoolean(3)))
			.optional());
	}

	private MonitoringSettingsView view(SiteView site, Optional<Row> row) {
		int defaultInterval = site.type() == SiteType.PORTAL ? properties.getPortalProbeMinutes()
				: properties.getOtherProbeMinutes();
		@Nullable String derived = site.mainDomain() == null ? null : "https://" + site.mainDomain() + "/";
		if (row.isEmpty()) {
			return new MonitoringSettingsView(site.id(), site.name(), derived, defaultInterval, true, false);
		}
		var custom = !row.get().baseUrl().isBlank();
		return new MonitoringSettingsView(site.id(), site.name(), custom ? row.get().baseUrl() : derived,
				row.get().interval(), row.get().enabled(), custom);
	}

	private SiteView site(SiteId id) {
		return sites.find(id).orElseThrow(() -> Refusal.notFound("网站不存在"));
	}
}

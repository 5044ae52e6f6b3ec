package org.govsite.site;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.shared.Refusal;
import org.govsite.unit.UnitId;
import org.govsite.unit.UnitKind;
import org.govsite.unit.Units;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Department channels (Art. 6): townships and departments without their own site publish through a channel inside
 * a portal. A unit has at most one channel; a township's channel lives on its own county's portal.
 */
@Service
public class Channels {

	private final JdbcClient jdbc;
	private final Sites sites;
	private final Units units;
	private final AuditTrail audit;
	private final Clock clock;

	Channels(JdbcClient jdbc, Sites sites, Units units, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public ChannelView open(SiteId portalId, UnitId unitId, String name, String slug) {
		var reasons = new ArrayList<String>();
		var portal = sites.find(portalId).orElse(null);
		var unit = units.find(unitId).orElse(null);
		if (portal == null) {
			reasons.add("门户网站不存在");
		}
		else if (portal.type() != SiteType.PORTAL || !portal.status().isActive()) {
			reasons.add("部门栏目只能开设在政府门户网站上，「" + portal.name() + "」不是");
		}
		if (unit == null) {
			reasons.add("单位不存在");
		}
		else {
			if (unit.kind() != UnitKind.TOWNSHIP && unit.kind() != UnitKind.DEPARTMENT) {
				reasons.add("只有乡镇（街道）和政府部门通过门户网站的部门栏目发布信息");
			}
			if (unit.kind() == UnitKind.TOWNSHIP && portal != null && unit.parentId() != null
					&& !unit.parentId().equals(portal.sponsorUnitId())) {
				reasons.add("乡镇（街道）的部门栏目应开设在其所属县（市）的门户网站上");
			}
			boolean hasOwnSite = sites.all().stream()
				.anyMatch(site -> site.sponsorUnitId().equals(unitId) && site.status().isActive());
			if (hasOwnSite) {
				reasons.add("「" + unit.name() + "」已有自己的网站，无需开设部门栏目");
			}
			if (countFor(unitId) > 0) {
				reasons.add("「" + unit.name() + "」已有部门栏目");
			}
		}
		if (name == null || name.isBlank()) {
			reasons.add("请填写栏目名称");
		}
		if (slug == null || !slug.matches("^[a-z0-9][a-z0-9-]{0,59}$")) {
			reasons.add("栏目路径只能由小写字母、数字和连字符组成");
		}
		else if (portal != null && jdbc.sql("SELECT count(*) FROM channel WHERE site_id = ? AND slug = ?")
			.params(portalId.value(), slug).query(Long.class).single() > 0) {
			reasons.add("栏目路径「" + slug + "」在该门户网站上已被使用");
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);

		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO channel (id, version, site_id, unit_id, name, slug, created_at)
				VALUES (?, 1, ?, ?, ?, ?, ?)
				""")
			.params(id, portalId.value(), unitId.value(), name.trim(), slug, Timestamp.from(Instant.now(clock)))
			.update();
		var view = new ChannelView(id, portalId, portal.name(), unitId, unit.name(), name.trim(), slug);
		audit.record(AuditRecord.of("CHANNEL_OPENED", "channel", id,
				"在「" + portal.name() + "」为「" + unit.name() + "」开设部门栏目「" + name.trim() + "」").withChange(null, view));
		return view;
	}

	@Transactional(readOnly = true)
	public List<ChannelView> all() {
		// Unit names come through the unit module's API, not its table.
		var unitNames = new java.util.HashMap<UUID, String>();
		units.all().forEach(unit -> unitNames.put(unit.id().value(), unit.name()));
		return jdbc.sql("""
				SELECT c.id, c.site_id, s.name AS site_name, c.unit_id, c.name, c.slug
				FROM channel c JOIN site s ON s.id = c.site_id
				ORDER BY s.name, c.name
				""")
			.query((rs, n) -> {
				var unit = rs.getObject(4, UUID.class);
				return new ChannelView(rs.getObject(1, UUID.class), new SiteId(rs.getObject(2, UUID.class)),
						rs.getString(3), new UnitId(unit), unitNames.getOrDefault(unit, ""), rs.getString(5), rs.getString(6));
			})
			.list();
	}

	private long countFor(UnitId unitId) {
		return jdbc.sql("SELECT count(*) FROM channel WHERE unit_id = ?").param(unitId.value()).query(Long.class).single();
	}
}

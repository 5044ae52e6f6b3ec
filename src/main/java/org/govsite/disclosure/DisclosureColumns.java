package org.govsite.disclosure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.content.ColumnForm;
import org.govsite.content.ColumnId;
import org.govsite.content.ColumnView;
import org.govsite.content.Columns;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A site's 政府信息公开 column: generated from the standard structure ({@link DisclosureCategory}) as ordinary columns
 * the site administrator may then rename, describe or fill, and the body code its 索引号 begin with. Setting up is
 * idempotent: parts already there (by their recorded column, else by their path) are kept, missing ones are created.
 */
@Service
public class DisclosureColumns {

	/** A body code: the 组织机构代码 / 统一社会信用代码 or another code the body chooses, as it prints in 索引号. */
	private static final String BODY_CODE = "[0-9A-Za-z-]{2,40}";

	public record SetUpForm(@Nullable String bodyCode) {
	}

	/** One part of the structure and the column that stands for it (null when missing). */
	public record Part(String category, String code, String label, String slug, @Nullable ColumnId columnId,
			@Nullable String columnName, boolean created) {
	}

	public record ColumnSetView(SiteId siteId, String siteName, @Nullable String bodyCode, @Nullable String example,
			List<Part> parts) {

		public boolean complete() {
			return parts.stream().allMatch(p -> p.columnId() != null);
		}
	}

	private final JdbcClient jdbc;
	private final Sites sites;
	private final Columns columns;
	private final AuditTrail audit;
	private final DisclosureIndexNumbers numbers;
	private final Environment environment;
	private final Clock clock;

	DisclosureColumns(JdbcClient jdbc, Sites sites, Columns columns, AuditTrail audit, DisclosureIndexNumbers numbers,
			Environment environment, Clock clock) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.columns = columns;
		this.audit = audit;
		this.numbers = numbers;
		this.environment = environment;
		this.clock = clock;
	}

	/** The structure for a site: the defaults for its type plus the parts configured for that type. */
	Set<DisclosureCategory> structureFor(SiteView site) {
		var set = DisclosureCategory.defaultFor(site.type());
		if (set.isEmpty()) {
			return set;
		}
		var extra = environment.getProperty("govsite.disclosure.categories." + site.type().name(), "");
		for (var name : extra.split(",")) {
			if (!name.isBlank()) {
				var category = DisclosureCategory.valueOf(name.strip());
				for (var c = category; c != null; c = c.parent()) {
					set.add(c);
				}
			}
		}
		return set;
	}

	@Transactional(readOnly = true)
	public ColumnSetView get(SiteId siteId) {
		var site = sites.get(siteId);
		requireReader(site);
		return view(site, EnumSet.noneOf(DisclosureCategory.class));
	}

	@Transactional
	public ColumnSetView setUp(SiteId siteId, SetUpForm form) {
		var user = DisclosureAccess.user();
		var site = sites.get(siteId);
		if (!user.hasRoleOn(Role.SITE_ADMIN, siteId) && !user.hasPlatformRole(Role.SYSTEM_ADMIN)) {
			throw Refusal.forbidden("只有本网站的站点管理员或系统管理员才能设置政府信息公开专栏");
		}
		var reasons = new ArrayList<String>();
		if (!site.type().isGovernment()) {
			reasons.add("「" + site.name() + "」是非政府网站，不设政府信息公开专栏");
		}
		if (!site.status().isActive()) {
			reasons.add("网站「" + site.name() + "」已关停或合并，不能设置栏目");
		}
		var bodyCode = form.bodyCode() == null || form.bodyCode().isBlank() ? storedBodyCode(siteId) : form.bodyCode().strip();
		if (bodyCode == null) {
			bodyCode = site.siteCode();
		}
		if (bodyCode == null && site.type().isGovernment()) {
			reasons.add("请填写索引号中的机关代码（网站没有网站标识码可以代用）");
		}
		else if (bodyCode != null && !bodyCode.matches(BODY_CODE)) {
			reasons.add("机关代码只能由 2 至 40 位字母、数字或连字符组成");
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);

		var existing = columns.ofSite(siteId).stream().collect(Collectors.toMap(ColumnView::id, c -> c));
		var bySlug = existing.values().stream().collect(Collectors.toMap(ColumnView::slug, c -> c, (a, b) -> a));
		var recorded = recorded(siteId);
		var ids = new EnumMap<DisclosureCategory, ColumnId>(DisclosureCategory.class);
		var created = EnumSet.noneOf(DisclosureCategory.class);
		int order = 0;
		for (var category : structureFor(site)) {
			order += 10;
			var mapped = recorded.get(category);
			ColumnId id;
			if (mapped != null && existing.containsKey(mapped)) {
				id = mapped;
			}
			else if (bySlug.containsKey(category.slug())) {
				id = bySlug.get(category.slug()).id();
			}
			else {
				var parent = category.parent() == null ? null : ids.get(category.parent());
				var external = category == DisclosureCategory.REQUESTS && site.siteCode() != null
						? "/public/disclosure/" + site.siteCode() + "/new" : null;
				if (category == DisclosureCategory.REQUESTS && external == null) {
					continue; // the public request form is addressed by the site code
				}
				id = columns.create(new ColumnForm(siteId, null, parent, category.label(), category.slug(), null, null,
						category.kind(), external, category.updateClass(), null, parent == null, false,
						parent == null ? 800 : order, null)).id();
				created.add(category);
			}
			ids.put(category, id);
			jdbc.sql("DELETE FROM disclosure_column WHERE (site_id = ? AND category = ?) OR column_id = ?")
				.params(siteId.value(), category.name(), id.value()).update();
			jdbc.sql("INSERT INTO disclosure_column (column_id, site_id, category) VALUES (?, ?, ?)")
				.params(id.value(), siteId.value(), category.name()).update();
		}
		jdbc.sql("""
				INSERT INTO disclosure_body (site_id, body_code, set_up_by, set_up_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (site_id) DO UPDATE SET body_code = EXCLUDED.body_code, set_up_by = EXCLUDED.set_up_by,
				    set_up_at = EXCLUDED.set_up_at
				""").params(siteId.value(), bodyCode, user.username(), Timestamp.from(Instant.now(clock))).update();
		var view = view(site, created);
		audit.record(AuditRecord.of("DISCLOSURE_COLUMN_SET_UP", "site", siteId.value(),
				"设置「" + site.name() + "」政府信息公开专栏：新建 " + created.size() + " 个栏目，索引号机关代码 " + bodyCode)
			.withChange(null, view));
		return view;
	}

	private ColumnSetView view(SiteView site, Set<DisclosureCategory> created) {
		var recorded = recorded(site.id());
		var names = columns.ofSite(site.id()).stream().collect(Collectors.toMap(ColumnView::id, ColumnView::name));
		var parts = new ArrayList<Part>();
		for (var category : structureFor(site)) {
			var id = recorded.get(category);
			var name = id == null ? null : names.get(id);
			parts.add(new Part(category.name(), category.code(), category.label(), category.slug(),
					name == null ? null : id, name, created.contains(category)));
		}
		var body = storedBodyCode(site.id());
		return new ColumnSetView(site.id(), site.name(), body,
				body == null ? null : numbers.format(body, DisclosureCategory.NORMATIVE.code(),
						org.govsite.shared.BeijingTime.today(clock).getYear(), 1), parts);
	}

	private EnumMap<DisclosureCategory, ColumnId> recorded(SiteId site) {
		var map = new EnumMap<DisclosureCategory, ColumnId>(DisclosureCategory.class);
		var rows = new HashMap<String, UUID>();
		jdbc.sql("SELECT category, column_id FROM disclosure_column WHERE site_id = ?").param(site.value())
			.query(rs -> {
				rows.put(rs.getString(1), rs.getObject(2, UUID.class));
			});
		rows.forEach((category, column) -> map.put(DisclosureCategory.valueOf(category), new ColumnId(column)));
		return map;
	}

	private @Nullable String storedBodyCode(SiteId site) {
		return jdbc.sql("SELECT body_code FROM disclosure_body WHERE site_id = ?").param(site.value())
			.query(String.class).optional().orElse(null);
	}

	private static void requireReader(SiteView site) {
		var user = DisclosureAccess.user();
		boolean reads = user.hasPlatformRole(Role.SYSTEM_ADMIN) || user.hasPlatformRole(Role.SUPERVISOR)
				|| user.hasPlatformRole(Role.CO_REGULATOR) || user.hasRoleOn(Role.SITE_ADMIN, site.id())
				|| user.hasRoleOn(Role.EDITOR, site.id()) || DisclosureAccess.officer(user, site.id().value());
		if (!reads) {
			throw Refusal.forbidden("只有本网站的站点管理员、编辑、信息公开办理员或监管人员才能查看政府信息公开专栏设置");
		}
	}

	static boolean isSetUpBy(CurrentUser user, SiteId site) {
		return user.hasRoleOn(Role.SITE_ADMIN, site) || user.hasPlatformRole(Role.SYSTEM_ADMIN);
	}
}

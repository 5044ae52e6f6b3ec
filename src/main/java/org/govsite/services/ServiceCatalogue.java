package org.govsite.services;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.iam.CurrentUser;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.Refusal;
import org.govsite.shared.Text;
import org.govsite.site.SiteId;
import org.govsite.site.SiteStatus;
import org.govsite.site.SiteType;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.govsite.unit.UnitId;
import org.govsite.unit.UnitView;
import org.govsite.unit.Units;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service catalogue (政务服务事项目录, Art. 12) and its one public query API for other modules.
 * <p>
 * An item is hosted on a site (normally the portal, the one service entrance) and belongs to a sponsoring unit. The
 * <em>services of a site</em> are the items it hosts plus, for a site that is not a portal, the items of its sponsoring
 * unit hosted elsewhere (a department's services usually sit in the portal's catalogue). A portal always offers public
 * services (no item with online handling is the 「没有提供在线服务」 veto); a department or special site offers them only
 * when it has such items, otherwise its 办事服务 heading is not scored (75 → 100).
 */
@Service
public class ServiceCatalogue {

	/** A service item and the guide element classes it lacks (the assessment's evidence). */
	public record Guide(ServiceItemId id, String name, List<String> missingElements) {
	}

	/** A site's services as the assessment reads them. */
	public record SiteGuides(boolean offersPublicServices, long onlineItems, List<Guide> guides) {
	}

	/** The check of a site's catalogue: how many items it hosts and those whose guides lack elements. */
	public record Check(SiteId siteId, String siteName, long items, List<ServiceItemView> incomplete) {
	}

	/** What an import saved. */
	public record ImportResult(int lines, List<Integer> years) {
	}

	/** One item on the public pages (nothing internal: no version, no author). */
	public record PublicItem(ServiceItemId id, String name, String theme, String unitName, String serviceObject,
			Map<String, @Nullable String> elements, boolean online, @Nullable String onlineUrl, @Nullable String formsUrl,
			@Nullable String formsNote) {
	}

	public record Group(String name, List<PublicItem> items) {
	}

	/** The public service entrance of a site: its items by theme and by unit. */
	public record PublicCatalogue(String siteName, @Nullable String siteCode, long total, List<Group> themes,
			List<Group> units) {
	}

	private final JdbcClient jdbc;
	private final Sites sites;
	private final Units units;
	private final AuditTrail audit;
	private final Clock clock;

	ServiceCatalogue(JdbcClient jdbc, Sites sites, Units units, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ console and API (signed in)

	/** The items a site hosts, optionally of one unit or theme, by theme and name. */
	@Transactional(readOnly = true)
	public List<ServiceItemView> list(SiteId siteId, @Nullable UnitId unit, @Nullable String theme) {
		CurrentUser.require();
		var site = sites.get(siteId);
		var sql = new StringBuilder("SELECT * FROM service_item WHERE site_id = :site");
		var params = new HashMap<String, Object>();
		params.put("site", siteId.value());
		if (unit != null) {
			sql.append(" AND unit_id = :unit");
			params.put("unit", unit.value());
		}
		if (theme != null && !theme.isBlank()) {
			sql.append(" AND theme = :theme");
			params.put("theme", theme.strip());
		}
		sql.append(" ORDER BY theme, name");
		return views(site, jdbc.sql(sql.toString()).params(params).query(this::row).list());
	}

	@Transactional(readOnly = true)
	public ServiceItemView get(ServiceItemId id) {
		CurrentUser.require();
		var row = load(id);
		return view(sites.get(row.site()), row, unitNames());
	}

	/** Whether the signed-in user may write items of the site (some unit's, at least their own). */
	@Transactional(readOnly = true)
	public boolean writesOn(SiteId site) {
		return CurrentUser.fromContext().map(user -> ServiceRules.writesSomething(user, site)).orElse(false);
	}

	/** Whether the signed-in user may write this item. */
	public boolean writes(ServiceItemView item) {
		return CurrentUser.fromContext().map(u -> ServiceRules.writeRefusal(u, item.siteId(), item.unitId()) == null)
			.orElse(false);
	}

	@Transactional
	public ServiceItemView create(SiteId siteId, ServiceItemForm form) {
		var user = CurrentUser.require();
		var site = sites.get(siteId);
		var unit = checked(user, site, form, null);
		var id = new ServiceItemId(UUID.randomUUID());
		var now = Timestamp.from(Instant.now(clock));
		jdbc.sql("""
				INSERT INTO service_item (id, version, site_id, unit_id, theme, service_object, name, legal_basis,
				    conditions, materials, location, agency, fees, hours, phone, process, online, online_url, forms_url,
				    forms_note, created_by, created_at, updated_by, updated_at)
				VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(id.value(), siteId.value(), unit.id().value(), form.theme().strip(),
				ServiceRules.serviceObject(form.serviceObject()).name(), ServiceRules.element(form, GuideElement.NAME),
				ServiceRules.element(form, GuideElement.LEGAL_BASIS), ServiceRules.element(form, GuideElement.CONDITIONS),
				ServiceRules.element(form, GuideElement.MATERIALS), ServiceRules.element(form, GuideElement.LOCATION),
				ServiceRules.element(form, GuideElement.AGENCY), ServiceRules.element(form, GuideElement.FEES),
				ServiceRules.element(form, GuideElement.HOURS), ServiceRules.element(form, GuideElement.PHONE),
				ServiceRules.element(form, GuideElement.PROCESS), Boolean.TRUE.equals(form.online()),
				Text.blankToNull(form.onlineUrl()), Text.blankToNull(form.formsUrl()), Text.blankToNull(form.formsNote()),
				user.username(), now, user.username(), now)
			.update();
		var view = view(site, load(id), unitNames());
		audit.record(AuditRecord.of("SERVICE_ITEM_CREATED", "service_item", id.value(),
				"在「" + site.name() + "」新建服务事项「" + view.name() + "」（" + unit.name() + "）").withChange(null, view));
		return view;
	}

	@Transactional
	public ServiceItemView update(ServiceItemId id, ServiceItemForm form) {
		var user = CurrentUser.require();
		var row = load(id);
		var site = sites.get(row.site());
		var names = unitNames();
		var before = view(site, row, names);
		var refusal = ServiceRules.writeRefusal(user, site.id(), row.unit());
		if (refusal != null) {
			throw Refusal.forbidden(refusal);
		}
		var unit = checked(user, site, form, id);
		if (form.version() != null && form.version() != row.version()) {
			throw Refusal.conflict("服务事项「" + row.name() + "」已被他人修改，请刷新后重新编辑");
		}
		int changed = jdbc.sql("""
				UPDATE service_item SET version = version + 1, unit_id = ?, theme = ?, service_object = ?, name = ?,
				    legal_basis = ?, conditions = ?, materials = ?, location = ?, agency = ?, fees = ?, hours = ?, phone = ?,
				    process = ?, online = ?, online_url = ?, forms_url = ?, forms_note = ?, updated_by = ?, updated_at = ?
				WHERE id = ? AND version = ?
				""").params(unit.id().value(), form.theme().strip(), ServiceRules.serviceObject(form.serviceObject()).name(),
				ServiceRules.element(form, GuideElement.NAME), ServiceRules.element(form, GuideElement.LEGAL_BASIS),
				ServiceRules.element(form, GuideElement.CONDITIONS), ServiceRules.element(form, GuideElement.MATERIALS),
				ServiceRules.element(form, GuideElement.LOCATION), ServiceRules.element(form, GuideElement.AGENCY),
				ServiceRules.element(form, GuideElement.FEES), ServiceRules.element(form, GuideElement.HOURS),
				ServiceRules.element(form, GuideElement.PHONE), ServiceRules.element(form, GuideElement.PROCESS),
				Boolean.TRUE.equals(form.online()), Text.blankToNull(form.onlineUrl()), Text.blankToNull(form.formsUrl()),
				Text.blankToNull(form.formsNote()), user.username(), Timestamp.from(Instant.now(clock)), id.value(),
				row.version())
			.update();
		if (changed == 0) {
			throw Refusal.conflict("服务事项「" + row.name() + "」已被他人修改，请刷新后重新编辑");
		}
		var after = view(site, load(id), names);
		audit.record(AuditRecord.of("SERVICE_ITEM_CHANGED", "service_item", id.value(),
				"修改「" + site.name() + "」的服务事项「" + after.name() + "」").withChange(before, after));
		return after;
	}

	@Transactional
	public void delete(ServiceItemId id) {
		var user = CurrentUser.require();
		var row = load(id);
		var site = sites.get(row.site());
		var refusal = ServiceRules.writeRefusal(user, site.id(), row.unit());
		if (refusal != null) {
			throw Refusal.forbidden(refusal);
		}
		var before = view(site, row, unitNames());
		jdbc.sql("DELETE FROM service_item WHERE id = ?").param(id.value()).update();
		audit.record(AuditRecord.of("SERVICE_ITEM_DELETED", "service_item", id.value(),
				"删除「" + site.name() + "」的服务事项「" + row.name() + "」").withChange(before, null));
	}

	/** The items of the site whose guides lack element classes (blank elements), each with the classes it lacks. */
	@Transactional(readOnly = true)
	public Check check(SiteId siteId) {
		var all = list(siteId, null, null);
		var site = sites.get(siteId);
		return new Check(siteId, site.name(), all.size(),
				all.stream().filter(i -> !i.missingElements().isEmpty()).toList());
	}

	/**
	 * Imports case volumes (办件量) per item and year from a CSV or XLSX file: all lines or none. A line for an item and
	 * year already imported replaces the figures. Written by those who may write items of the site.
	 */
	@Transactional
	public ImportResult importCaseVolumes(SiteId siteId, @Nullable String fileName, byte[] content) {
		var user = CurrentUser.require();
		var site = sites.get(siteId);
		if (!ServiceRules.writesSomething(user, siteId)) {
			throw Refusal.forbidden("只有本网站的站点管理员、系统管理员或事项主办单位的编辑才能导入办件量");
		}
		var byName = new HashMap<String, UUID>();
		var byId = new HashMap<UUID, UUID>();
		var unitOf = new HashMap<UUID, UnitId>();
		jdbc.sql("SELECT id, name, unit_id FROM service_item WHERE site_id = ?").param(siteId.value()).query(rs -> {
			var item = rs.getObject(1, UUID.class);
			byName.put(rs.getString(2), item);
			byId.put(item, item);
			unitOf.put(item, new UnitId(rs.getObject(3, UUID.class)));
		});
		int latest = BeijingTime.today(clock).getYear();
		var lines = CaseVolumeSheet.read(fileName, content, (idText, name) -> {
			if (idText != null) {
				try {
					return byId.get(UUID.fromString(idText.strip()));
				}
				catch (IllegalArgumentException e) {
					return null;
				}
			}
			return name == null ? null : byName.get(name.strip());
		}, latest);
		var reasons = new ArrayList<String>();
		for (var line : lines) {
			var refusal = ServiceRules.writeRefusal(user, siteId, unitOf.get(line.itemId()));
			if (refusal != null) {
				reasons.add("第 " + line.number() + " 行：" + refusal);
			}
		}
		if (!reasons.isEmpty()) {
			throw new Refusal(Refusal.Kind.FORBIDDEN, reasons);
		}
		var now = Timestamp.from(Instant.now(clock));
		for (var line : lines) {
			jdbc.sql("""
					INSERT INTO service_case_volume (item_id, year, natural_persons, legal_persons, imported_by, imported_at)
					VALUES (?, ?, ?, ?, ?, ?)
					ON CONFLICT (item_id, year) DO UPDATE SET natural_persons = EXCLUDED.natural_persons,
					    legal_persons = EXCLUDED.legal_persons, imported_by = EXCLUDED.imported_by,
					    imported_at = EXCLUDED.imported_at
					""").params(line.itemId(), line.year(), line.naturalPersons(), line.legalPersons(), user.username(), now)
				.update();
		}
		var years = lines.stream().map(CaseVolumeSheet.Line::year).distinct().sorted().toList();
		audit.record(AuditRecord.of("SERVICE_CASE_VOLUMES_IMPORTED", "site", siteId.value(),
				"导入「" + site.name() + "」办件量 " + lines.size() + " 行（" + years.stream().map(String::valueOf)
					.collect(Collectors.joining("、")) + " 年）" + (fileName == null ? "" : "，文件 " + fileName)));
		return new ImportResult(lines.size(), years);
	}

	// ------------------------------------------------------------------ public

	/** The public service entrance of a running government site ({@code siteKey}: 网站标识码 or domain). */
	@Transactional(readOnly = true)
	public PublicCatalogue publicCatalogue(String siteKey) {
		var site = publicSite(siteKey);
		var items = servicesOf(site).stream().map(ServiceCatalogue::publicItem).toList();
		var themes = new ArrayList<Group>();
		for (var theme : ServiceThemes.ALL) {
			var of = items.stream().filter(i -> i.theme().equals(theme)).toList();
			if (!of.isEmpty()) {
				themes.add(new Group(theme, of));
			}
		}
		var byUnit = new LinkedHashMap<String, List<PublicItem>>();
		items.stream().sorted(Comparator.comparing(PublicItem::unitName).thenComparing(PublicItem::name))
			.forEach(i -> byUnit.computeIfAbsent(i.unitName(), k -> new ArrayList<>()).add(i));
		var unitGroups = byUnit.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
		return new PublicCatalogue(site.name(), site.siteCode(), items.size(), themes, unitGroups);
	}

	/** One item's guide on the public pages of the site. */
	@Transactional(readOnly = true)
	public PublicItem publicGuide(String siteKey, ServiceItemId id) {
		var site = publicSite(siteKey);
		return servicesOf(site).stream().filter(i -> i.id().equals(id)).findFirst().map(ServiceCatalogue::publicItem)
			.orElseThrow(() -> Refusal.notFound("服务事项不存在"));
	}

	// ------------------------------------------------------------------ module API

	/**
	 * Each site's services for the assessment (see the class comment for which items count and when a site offers
	 * public services). Sites not found are left out.
	 */
	@Transactional(readOnly = true)
	public Map<SiteId, SiteGuides> guides(Collection<SiteId> siteIds) {
		var result = new HashMap<SiteId, SiteGuides>();
		var all = jdbc.sql("SELECT * FROM service_item").query(this::row).list();
		var known = sites.all().stream().collect(Collectors.toMap(SiteView::id, s -> s));
		for (var id : siteIds) {
			var site = known.get(id);
			if (site == null) {
				continue;
			}
			var items = all.stream().filter(r -> inScope(site, r)).toList();
			boolean offers = site.type() == SiteType.PORTAL || !items.isEmpty();
			var guides = items.stream().sorted(Comparator.comparing(Row::name))
				.map(r -> new Guide(r.id(), r.name(), ServiceRules.missingElements(r::text))).toList();
			result.put(id, new SiteGuides(offers, items.stream().filter(Row::online).count(), guides));
		}
		return result;
	}

	/**
	 * The site's service figures for the annual report form of the year: the catalogue counts as online when the site
	 * has services (see the class comment); the items as they stand now; the case volumes imported for that year.
	 */
	@Transactional(readOnly = true)
	public ServiceFigures figures(SiteId siteId, int year) {
		var site = sites.get(siteId);
		var items = scopeRows(site);
		var ids = items.stream().map(r -> r.id().value()).toList();
		long natural = 0;
		long legal = 0;
		if (!ids.isEmpty()) {
			var sums = jdbc.sql("""
					SELECT coalesce(sum(natural_persons), 0), coalesce(sum(legal_persons), 0) FROM service_case_volume
					WHERE year = :year AND item_id IN (:ids)
					""").param("year", year).param("ids", ids).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
				.single();
			natural = sums[0];
			legal = sums[1];
		}
		return new ServiceFigures(!items.isEmpty(), items.size(), items.stream().filter(Row::online).count(),
				natural + legal, natural, legal);
	}

	// ------------------------------------------------------------------ internals

	/** A stored item. */
	record Row(ServiceItemId id, long version, SiteId site, UnitId unit, String theme, ServiceObject serviceObject,
			String name, @Nullable String legalBasis, @Nullable String conditions, @Nullable String materials,
			@Nullable String location, @Nullable String agency, @Nullable String fees, @Nullable String hours,
			@Nullable String phone, @Nullable String process, boolean online, @Nullable String onlineUrl,
			@Nullable String formsUrl, @Nullable String formsNote, Instant updatedAt) {

		@Nullable String text(GuideElement element) {
			return switch (element) {
				case NAME -> name;
				case LEGAL_BASIS -> legalBasis;
				case CONDITIONS -> conditions;
				case MATERIALS -> materials;
				case LOCATION -> location;
				case AGENCY -> agency;
				case FEES -> fees;
				case HOURS -> hours;
				case PHONE -> phone;
				case PROCESS -> process;
			};
		}
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		return new Row(new ServiceItemId(rs.getObject("id", UUID.class)), rs.getLong("version"),
				new SiteId(rs.getObject("site_id", UUID.class)), new UnitId(rs.getObject("unit_id", UUID.class)),
				rs.getString("theme"), ServiceObject.valueOf(rs.getString("service_object")), rs.getString("name"),
				rs.getString("legal_basis"), rs.getString("conditions"), rs.getString("materials"), rs.getString("location"),
				rs.getString("agency"), rs.getString("fees"), rs.getString("hours"), rs.getString("phone"),
				rs.getString("process"), rs.getBoolean("online"), rs.getString("online_url"), rs.getString("forms_url"),
				rs.getString("forms_note"), rs.getTimestamp("updated_at").toInstant());
	}

	private Row load(ServiceItemId id) {
		return jdbc.sql("SELECT * FROM service_item WHERE id = ?").param(id.value()).query(this::row).optional()
			.orElseThrow(() -> Refusal.notFound("服务事项「" + id + "」不存在"));
	}

	/** Checks the form, the site and the writer; returns the sponsoring unit. */
	private UnitView checked(CurrentUser user, SiteView site, ServiceItemForm form, @Nullable ServiceItemId self) {
		var reasons = new ArrayList<>(ServiceRules.formReasons(form));
		UnitView unit = null;
		if (Text.blankToNull(form.unitId()) != null) {
			UnitId unitId;
			try {
				unitId = new UnitId(UUID.fromString(form.unitId().strip()));
			}
			catch (IllegalArgumentException e) {
				unitId = null;
			}
			unit = unitId == null ? null : units.find(unitId).orElse(null);
			if (unit == null) {
				reasons.add("主办单位不存在");
			}
		}
		if (!site.type().isGovernment()) {
			reasons.add("「" + site.name() + "」是非政府网站，不设政务服务事项目录");
		}
		if (!site.status().isActive()) {
			reasons.add("网站「" + site.name() + "」已关停或合并，不能编辑服务事项");
		}
		if (unit != null) {
			var refusal = ServiceRules.writeRefusal(user, site.id(), unit.id());
			if (refusal != null) {
				throw Refusal.forbidden(refusal);
			}
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		var name = ServiceRules.element(form, GuideElement.NAME);
		boolean duplicate = jdbc.sql("SELECT count(*) FROM service_item WHERE site_id = ? AND name = ? AND id <> ?")
			.params(site.id().value(), name, self == null ? new UUID(0, 0) : self.value()).query(Long.class).single() > 0;
		if (duplicate) {
			throw Refusal.conflict("本网站已有名为「" + name + "」的服务事项");
		}
		return unit;
	}

	private List<ServiceItemView> views(SiteView site, List<Row> rows) {
		var names = unitNames();
		return rows.stream().map(r -> view(site, r, names)).toList();
	}

	private static ServiceItemView view(SiteView site, Row r, Map<UnitId, String> unitNames) {
		return new ServiceItemView(r.id(), site.id(), site.name(), r.unit(), unitNames.getOrDefault(r.unit(), "未知单位"),
				r.theme(), r.serviceObject(), r.name(), r.legalBasis(), r.conditions(), r.materials(), r.location(),
				r.agency(), r.fees(), r.hours(), r.phone(), r.process(), r.online(), r.onlineUrl(), r.formsUrl(),
				r.formsNote(), ServiceRules.missingElements(r::text), r.version(), r.updatedAt());
	}

	private Map<UnitId, String> unitNames() {
		return units.all().stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
	}

	private static boolean inScope(SiteView site, Row row) {
		return row.site().equals(site.id()) || (site.type() != SiteType.PORTAL && row.unit().equals(site.sponsorUnitId()));
	}

	private List<Row> scopeRows(SiteView site) {
		return jdbc.sql("""
				SELECT * FROM service_item WHERE site_id = :site OR (:department AND unit_id = :unit) ORDER BY theme, name
				""").param("site", site.id().value()).param("department", site.type() != SiteType.PORTAL)
			.param("unit", site.sponsorUnitId().value()).query(this::row).list();
	}

	private List<ServiceItemView> servicesOf(SiteView site) {
		var names = unitNames();
		var cache = new HashMap<SiteId, SiteView>();
		cache.put(site.id(), site);
		return scopeRows(site).stream()
			.map(r -> view(cache.computeIfAbsent(r.site(), sites::get), r, names))
			.toList();
	}

	private SiteView publicSite(String siteKey) {
		var key = siteKey == null ? "" : siteKey.strip();
		Optional<SiteView> found = key.matches("\\d{10}|bm\\d{8}") ? sites.findBySiteCode(key)
				: key.isEmpty() || key.length() > 253 ? Optional.empty() : sites.findByDomain(key);
		return found.filter(s -> s.status() == SiteStatus.RUNNING && s.type().isGovernment())
			.orElseThrow(() -> Refusal.notFound("网站「" + key + "」不存在或未运行"));
	}

	private static PublicItem publicItem(ServiceItemView v) {
		return new PublicItem(v.id(), v.name(), v.theme(), v.unitName(), v.serviceObjectLabel(), v.elements(), v.online(),
				v.onlineUrl(), v.formsUrl(), v.formsNote());
	}
}

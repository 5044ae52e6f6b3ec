package org.govsite.site;

import static org.govsite.shared.Text.blankToNull;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.shared.Actor;
import org.govsite.shared.FormCheck;
import org.govsite.shared.Refusal;
import org.govsite.shared.Refusal.Placed;
import org.govsite.unit.UnitId;
import org.govsite.unit.UnitView;
import org.govsite.unit.Units;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site module's API: register sites, change their identity, and move them through the lifecycle. Every action
 * collects all reasons it is refused before anything is written; every write is audited.
 */
@Service
public class Sites {

	/** A closure notice runs at least this many days (关停公示). */
	public static final int CLOSURE_NOTICE_DAYS = 30;
	/** A closed site may not reopen within this many years. */
	static final int REOPEN_AFTER_YEARS = 1;

	private final SiteRepository sites;
	private final Units units;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final FormCheck formCheck;
	/**
	 * Site views as last read, by site id, each with the versions it was built from (the site's and its units'). Every
	 * read checks the versions with one small query and rebuilds a view whose versions moved, so a change on any node is
	 * seen at once; only the object mapping is saved (a quarter of a public submission's CPU, measured for issue 15).
	 */
	private final java.util.concurrent.ConcurrentHashMap<UUID, StampedView> views = new java.util.concurrent.ConcurrentHashMap<>();

	private record StampedView(String stamp, SiteView view) {
	}

	Sites(SiteRepository sites, Units units, AuditTrail audit, ApplicationEventPublisher events, JdbcClient jdbc,
			Clock clock, FormCheck formCheck) {
		this.formCheck = formCheck;
		this.sites = sites;
		this.units = units;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public SiteView register(SiteForm form) {
		formCheck.require(form);
		var site = new Site(UUID.randomUUID(), form.name().trim(), form.type(), form.sponsorUnitId().value(),
				SiteStatus.APPLIED, Instant.now(clock));
		apply(site, form);
		var saved = save(site);
		recordTransition(saved, null, SiteStatus.APPLIED, "REGISTER", "提交开设申请");
		var view = toView(saved);
		audit.record(AuditRecord.of("SITE_REGISTERED", "site", saved.id, "登记网站「" + saved.name + "」（" + saved.type.label() + "）")
			.withChange(null, view));
		events.publishEvent(new SiteRegistered(saved.siteId(), saved.type));
		return view;
	}

	@Transactional
	public SiteView change(SiteId id, SiteForm form) {
		formCheck.require(form);
		var site = load(id);
		var before = toView(site);
		if (!site.status.isActive()) {
			throw Refusal.conflict("网站状态为「" + site.status.label() + "」，不能再修改");
		}
		apply(site, form);
		var after = toView(save(site));
		audit.record(AuditRecord.of("SITE_CHANGED", "site", site.id, "修改网站「" + site.name + "」").withChange(before, after));
		events.publishEvent(new SiteChanged(after.id()));
		return after;
	}

	/** Takes a lifecycle action after checking every guard; refuses with all reasons at once. */
	@Transactional
	public SiteView transition(SiteId id, TransitionRequest request) {
		var site = load(id);
		var action = request.action();
		if (action == null) {
			throw Refusal.invalid("请选择要执行的操作");
		}
		var reasons = new ArrayList<String>();
		var target = SiteLifecycle.target(site.status, action);
		if (target.isEmpty()) {
			reasons.add(SiteLifecycle.notAllowed(site.status, action));
		}
		if (request.reason() == null || request.reason().isBlank()) {
			reasons.add("请填写操作理由");
		}
		var today = LocalDate.now(clock);
		if (target.isPresent()) {
			reasons.addAll(guards(site, action, request, today));
		}
		Refusal.throwIfAny(Refusal.Kind.CONFLICT, reasons);

		var before = toView(site);
		var from = site.status;
		switch (action) {
			case ANNOUNCE_CLOSURE -> {
				site.closureNoticeFrom = request.noticeFrom() == null ? today : request.noticeFrom();
				site.successorSiteId = request.successorSiteId() == null ? null : request.successorSiteId().value();
				site.archiveDecision = blankToNull(request.archiveDecision());
			}
			case CLOSE -> site.closedOn = today;
			case MERGE -> site.mergedIntoId = request.mergeIntoId().value();
			case REAPPLY -> {
				site.closureNoticeFrom = null;
				site.successorSiteId = null;
				site.archiveDecision = null;
				site.closedOn = null;
			}
			default -> {
			}
		}
		site.move(target.get());
		var saved = save(site);
		recordTransition(saved, from, saved.status, action.name(), request.reason().trim());
		var after = toView(saved);
		audit.record(AuditRecord.of("SITE_TRANSITION", "site", site.id,
				"网站「" + site.name + "」" + action.label() + "：" + from.label() + " → " + saved.status.label()
						+ "（理由：" + request.reason().trim() + "）")
			.withChange(before, after));
		events.publishEvent(new SiteStatusChanged(saved.siteId(), from, saved.status, action, Actor.current(),
				Instant.now(clock)));
		return after;
	}

	@Transactional(readOnly = true)
	public Optional<SiteView> find(SiteId id) {
		return current("s.id = ?", id.value());
	}

	@Transactional(readOnly = true)
	public SiteView get(SiteId id) {
		return toView(load(id));
	}

	@Transactional(readOnly = true)
	public Optional<SiteView> findByDomain(String host) {
		try {
			return sites.findSiteIdByDomain(DomainName.of(host).value()).flatMap(sites::findById).map(this::toView);
		}
		catch (Refusal notADomain) {
			return Optional.empty();
		}
	}

	@Transactional(readOnly = true)
	public Optional<SiteView> findBySiteCode(String siteCode) {
		return current("s.site_code = ?", siteCode);
	}

	/** The view of the site the condition names, from {@link #views} when its versions have not moved. */
	private Optional<SiteView> current(String condition, Object value) {
		var stamped = jdbc.sql("""
				SELECT s.id, s.version || ':' || u.version || ':' || coalesce(o.version::text, '-') AS stamp
				FROM site s JOIN unit u ON u.id = s.sponsor_unit_id LEFT JOIN unit o ON o.id = s.operator_unit_id
				WHERE """ + " " + condition)
			.param(value)
			.query((rs, n) -> java.util.Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
			.optional();
		if (stamped.isEmpty()) {
			return Optional.empty();
		}
		var id = stamped.get().getKey();
		var stamp = stamped.get().getValue();
		var known = views.get(id);
		if (known != null && known.stamp().equals(stamp)) {
			return Optional.of(known.view());
		}
		var view = sites.findById(id).map(this::toView);
		view.ifPresent(v -> views.put(id, new StampedView(stamp, v)));
		return view;
	}

	@Transactional(readOnly = true)
	public List<SiteView> all() {
		// the units once, not twice per site: the monitoring rounds read every site every few seconds
		var byId = new java.util.HashMap<UnitId, UnitView>();
		units.all().forEach(unit -> byId.put(unit.id(), unit));
		return sites.findAllByOrderByTypeAscNameAsc().stream()
			.map(site -> toView(site, id -> Optional.ofNullable(byId.get(id)))).toList();
	}

	@Transactional(readOnly = true)
	public List<SiteTransitionRecord> history(SiteId id) {
		return jdbc.sql("""
				SELECT from_status, to_status, action, actor, reason, occurred_at
				FROM site_transition WHERE site_id = ? ORDER BY occurred_at, id
				""")
			.param(id.value())
			.query((rs, n) -> new SiteTransitionRecord(
					rs.getString(1) == null ? null : SiteStatus.valueOf(rs.getString(1)),
					SiteStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getTimestamp(6).toInstant()))
			.list();
	}

	private List<String> guards(Site site, SiteAction action, TransitionRequest request, LocalDate today) {
		var reasons = new ArrayList<String>();
		switch (action) {
			case OPEN -> {
				if (site.mainDomain() == null) {
					reasons.add("开通前须登记主域名");
				}
				if (site.icpFiling == null) {
					reasons.add("开通前须填写ICP备案号");
				}
				if (site.type.isGovernment() && site.publicSecurityFiling == null) {
					reasons.add("政府网站开通前须填写公安机关备案号");
				}
			}
			case ANNOUNCE_CLOSURE -> {
				var successor = request.successorSiteId();
				if (successor == null && blankToNull(request.archiveDecision()) == null) {
					reasons.add("关停公示须写明承接网站或存档决定");
				}
				if (successor != null) {
					var other = sites.findById(successor.value());
					if (other.isEmpty()) {
						reasons.add("承接网站不存在");
					}
					else if (other.get().id.equals(site.id)) {
						reasons.add("承接网站不能是本网站");
					}
					else if (other.get().status != SiteStatus.RUNNING) {
						reasons.add("承接网站「" + other.get().name + "」未在运行");
					}
				}
				if (request.noticeFrom() != null && request.noticeFrom().isBefore(today)) {
					reasons.add("公示开始日期不能早于今天");
				}
			}
			case CLOSE -> {
				var earliest = site.closureNoticeFrom == null ? today.plusDays(CLOSURE_NOTICE_DAYS)
						: site.closureNoticeFrom.plusDays(CLOSURE_NOTICE_DAYS);
				if (today.isBefore(earliest)) {
					reasons.add("关停公示须满 " + CLOSURE_NOTICE_DAYS + " 天，最早可于 " + earliest + " 关停");
				}
			}
			case MERGE -> {
				if (site.type == SiteType.PORTAL) {
					reasons.add("政府门户网站不能整合到其他网站");
				}
				var into = request.mergeIntoId();
				if (into == null) {
					reasons.add("请选择整合到的门户网站");
				}
				else {
					var portal = sites.findById(into.value());
					if (portal.isEmpty()) {
						reasons.add("整合到的网站不存在");
					}
					else if (portal.get().type != SiteType.PORTAL || portal.get().status != SiteStatus.RUNNING) {
						reasons.add("只能整合到运行中的政府门户网站，「" + portal.get().name + "」不是");
					}
				}
			}
			case REAPPLY -> {
				if (site.closedOn != null && today.isBefore(site.closedOn.plusYears(REOPEN_AFTER_YEARS))) {
					reasons.add("已关停的网站一年内不得重新开设，最早可于 " + site.closedOn.plusYears(REOPEN_AFTER_YEARS) + " 重新申请");
				}
				var sponsor = units.get(new UnitId(site.sponsorUnitId));
				SiteRules.onePortalPerGovernment(site.type, sponsor, sites.findBySponsorUnitId(site.sponsorUnitId), site.id)
					.ifPresent(reasons::add);
			}
			case APPROVE -> {
			}
		}
		return reasons;
	}

	/**
	 * Applies the form after checking every identity rule; refuses with all reasons at once, each tied to the field
	 * it concerns so that a form can show it there.
	 */
	private void apply(Site site, SiteForm form) {
		var reasons = new ArrayList<Placed>();
		var type = form.type();
		var sponsor = units.find(form.sponsorUnitId()).orElse(null);
		if (sponsor == null) {
			reasons.add(Placed.at("sponsorUnitId", "主办单位不存在"));
		}
		else {
			var parent = sponsor.parentId() == null ? null : units.find(sponsor.parentId()).orElse(null);
			var sponsorReasons = new ArrayList<String>();
			SiteRules.townshipHasNoSite(sponsor).ifPresent(sponsorReasons::add);
			SiteRules.vendorSponsorsNothing(sponsor).ifPresent(sponsorReasons::add);
			SiteRules.sponsorMatchesType(type, sponsor).ifPresent(sponsorReasons::add);
			SiteRules.countyDepartmentHasNoSite(type, sponsor, parent).ifPresent(sponsorReasons::add);
			SiteRules.onePortalPerGovernment(type, sponsor, sites.findBySponsorUnitId(sponsor.id().value()), site.id)
				.ifPresent(sponsorReasons::add);
			sponsorReasons.forEach(reason -> reasons.add(Placed.at("sponsorUnitId", reason)));
		}
		if (form.operatorUnitId() != null && units.find(form.operatorUnitId()).isEmpty()) {
			reasons.add(Placed.at("operatorUnitId", "运维单位不存在"));
		}
		var siteCodeReasons = SiteRules.siteCodeRules(type, form.siteCode());
		siteCodeReasons.forEach(reason -> reasons.add(Placed.at("siteCode", reason)));
		var siteCode = blankToNull(form.siteCode());
		if (siteCode != null && siteCodeReasons.isEmpty()) {
			sites.findBySiteCode(siteCode)
				.filter(other -> !other.id.equals(site.id))
				.ifPresent(other -> reasons.add(Placed.at("siteCode", "网站标识码 " + siteCode + " 已被「" + other.name + "」使用")));
		}
		var mainDomain = new ArrayList<DomainName>();
		var domains = parseDomains(form, reasons, mainDomain);
		for (var domain : domains) {
			var field = mainDomain.contains(domain) ? "domain" : "aliases";
			SiteRules.domainSuffixMatchesType(type, domain).ifPresent(reason -> reasons.add(Placed.at(field, reason)));
			sites.findSiteIdByDomain(domain.value())
				.filter(owner -> !owner.equals(site.id))
				.flatMap(sites::findById)
				.ifPresent(owner -> reasons.add(Placed.at(field, "域名「" + domain.display() + "」已被「" + owner.name + "」使用")));
		}
		Refusal.throwIfAnyPlaced(Refusal.Kind.INVALID, reasons);

		site.name = form.name().trim();
		site.type = type;
		site.siteCode = siteCode;
		site.sponsorUnitId = form.sponsorUnitId().value();
		site.operatorUnitId = form.operatorUnitId() == null ? null : form.operatorUnitId().value();
		site.icpFiling = blankToNull(form.icpFiling());
		site.publicSecurityFiling = blankToNull(form.publicSecurityFiling());
		site.protectionLevel = form.protectionLevel();
		site.setDomains(domains.get(0), domains.subList(1, domains.size()));
	}

	/** The main domain and the aliases, each once; {@code main} receives the main domain when it is well-formed. */
	private static List<DomainName> parseDomains(SiteForm form, List<Placed> reasons, List<DomainName> main) {
		var names = new LinkedHashSet<DomainName>();
		var raw = new ArrayList<String>();
		raw.add(form.domain());
		if (form.aliases() != null) {
			form.aliases().stream().filter(alias -> alias != null && !alias.isBlank()).forEach(raw::add);
		}
		for (var i = 0; i < raw.size(); i++) {
			var name = raw.get(i);
			var field = i == 0 ? "domain" : "aliases";
			try {
				var domain = DomainName.of(name);
				if (i == 0) {
					main.add(domain);
				}
				if (!names.add(domain)) {
					reasons.add(Placed.at(field, "域名「" + name.trim() + "」重复填写"));
				}
			}
			catch (Refusal refusal) {
				refusal.reasons().forEach(reason -> reasons.add(Placed.at(field, reason)));
			}
		}
		return new ArrayList<>(names);
	}

	private Site save(Site site) {
		try {
			return sites.save(site);
		}
		catch (DuplicateKeyException e) {
			throw Refusal.conflict("网站标识码或域名已被其他网站使用");
		}
		catch (org.springframework.dao.OptimisticLockingFailureException e) {
			throw Refusal.conflict("网站已被他人修改，请刷新后重试");
		}
	}

	private void recordTransition(Site site, @Nullable SiteStatus from, SiteStatus to, String action, String reason) {
		jdbc.sql("""
				INSERT INTO site_transition (site_id, from_status, to_status, action, actor, reason, occurred_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(site.id, from == null ? null : from.name(), to.name(), action, Actor.current(), reason,
					Timestamp.from(Instant.now(clock)))
			.update();
	}

	private Site load(SiteId id) {
		return sites.findById(id.value()).orElseThrow(() -> Refusal.notFound("网站不存在"));
	}

	private SiteView toView(Site site) {
		return toView(site, units::find);
	}

	private SiteView toView(Site site, java.util.function.Function<UnitId, Optional<UnitView>> unit) {
		var sponsor = unit.apply(new UnitId(site.sponsorUnitId));
		var operator = site.operatorUnitId == null ? Optional.<UnitView>empty()
				: unit.apply(new UnitId(site.operatorUnitId));
		var main = site.mainDomain();
		return new SiteView(site.siteId(), site.name, site.type, site.siteCode, new UnitId(site.sponsorUnitId),
				sponsor.map(UnitView::name).orElse(""), operator.map(UnitView::id).orElse(null),
				operator.map(UnitView::name).orElse(null), main == null ? null : main.display(),
				site.aliases().stream().map(DomainName::display).toList(), site.icpFiling, site.publicSecurityFiling,
				site.protectionLevel, site.status, site.closureNoticeFrom,
				site.successorSiteId == null ? null : new SiteId(site.successorSiteId), site.archiveDecision,
				site.closedOn, site.mergedIntoId == null ? null : new SiteId(site.mergedIntoId), site.createdAt,
				site.version == null ? 0 : site.version);
	}

}

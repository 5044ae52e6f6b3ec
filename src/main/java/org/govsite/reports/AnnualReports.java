package org.govsite.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.iam.CurrentUser;
import org.govsite.publishing.HomePages;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.Reasons;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.SiteStatus;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The annual work report form (政府网站工作年度报表, Art. 15) of each government site and year.
 * <p>
 * Contracts:
 * <ul>
 * <li>Until a form is first saved its figures are taken when read; the first write keeps them with the form, and
 * 重新取数 takes them again while it is a 草稿. Submitted and published forms show the figures as kept.</li>
 * <li>Only the fields the platform does not take are written (refused otherwise, every reason at once); the 站点管理员
 * of the site writes and moves the form; readers are the sponsoring unit and the supervisors.</li>
 * <li>Moves follow {@link ReportLifecycle#TABLE}; each is a history row and an audit entry; publishing or correcting
 * re-renders the site's home page, which links every published form ({@link ReportHomeLinks}).</li>
 * </ul>
 */
@Service
public class AnnualReports {

	private final JdbcClient jdbc;
	private final Sites sites;
	private final FigureTaker figures;
	private final AuditTrail audit;
	private final HomePages homePages;
	private final JsonMapper json;
	private final Clock clock;

	AnnualReports(JdbcClient jdbc, Sites sites, FigureTaker figures, AuditTrail audit, HomePages homePages,
			JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.figures = figures;
		this.audit = audit;
		this.homePages = homePages;
		this.json = json;
		this.clock = clock;
	}

	/** The form of a site and year, for the site's unit and the supervisors. */
	@Transactional(readOnly = true)
	public AnnualReportView get(SiteId siteId, int year) {
		var site = site(siteId);
		requireYear(year);
		ReportAccess.requireRead(ReportAccess.user(), site);
		return view(site, year);
	}

	/** The form as an XLSX workbook (see {@link ReportWorkbook}), for the same readers as {@link #get}. */
	@Transactional(readOnly = true)
	public byte[] workbook(SiteId siteId, int year) {
		return ReportWorkbook.of(get(siteId, year));
	}

	/** A published form, for the public page; not found otherwise. */
	@Transactional(readOnly = true)
	public AnnualReportView published(String siteCode, int year) {
		var site = sites.findBySiteCode(siteCode).orElseThrow(() -> Refusal.notFound("网站「" + siteCode + "」不存在"));
		var view = year < 2000 || year > 2999 ? null : view(site, year);
		if (view == null || !view.published()) {
			throw Refusal.notFound(site.name() + year + "年政府网站工作年度报表尚未发布");
		}
		return view;
	}

	/**
	 * Saves what the unit filled in: field keys ({@link ReportField#key()}) and the sign-off ({@code unitHead},
	 * {@code reviewer}, {@code filler}, {@code phone}, {@code filledOn}); keys not given stay as they were, a blank
	 * value clears.
	 */
	@Transactional
	public AnnualReportView save(SiteId siteId, int year, Map<String, String> typed) {
		var site = site(siteId);
		requireYear(year);
		var user = ReportAccess.user();
		ReportAccess.requireFill(user, site, "填写网站年度报表");
		var stored = lock(site, year, user);
		var reasons = ReportLifecycle.TABLE.check(stored.status, ReportAction.EDIT);
		var entries = new LinkedHashMap<String, @Nullable Object>(stored.entries);
		var signOff = new HashMap<String, @Nullable String>();
		signOff.put("unitHead", stored.signOff.unitHead());
		signOff.put("reviewer", stored.signOff.reviewer());
		signOff.put("filler", stored.signOff.filler());
		signOff.put("phone", stored.signOff.phone());
		signOff.put("filledOn", stored.signOff.filledOn() == null ? null : stored.signOff.filledOn().toString());
		ReportInput.read(typed, stored.computed, entries, signOff, reasons);
		if (!reasons.isEmpty()) {
			reasons.refuse();
		}
		var before = stored.entries;
		jdbc.sql("""
				UPDATE annual_report SET version = version + 1, entries = :entries, unit_head = :head, reviewer = :reviewer,
				    filler = :filler, phone = :phone, filled_on = :filledOn, updated_at = :at, updated_by = :by
				WHERE site_id = :site AND year = :year
				""")
			.param("entries", json.writeValueAsString(entries))
			.param("head", signOff.get("unitHead"))
			.param("reviewer", signOff.get("reviewer"))
			.param("filler", signOff.get("filler"))
			.param("phone", signOff.get("phone"))
			.param("filledOn", signOff.get("filledOn") == null ? null : LocalDate.parse(signOff.get("filledOn")))
			.param("at", Timestamp.from(clock.instant()))
			.param("by", user.username())
			.param("site", site.id().value())
			.param("year", year)
			.update();
		audit.record(AuditRecord.of("ANNUAL_REPORT_SAVED", "annual_report", key(site, year),
				"填写「" + site.name() + "」" + year + "年政府网站工作年度报表").withChange(before, entries));
		return view(site, year);
	}

	/** 重新取数: takes the figures again (草稿 only). */
	@Transactional
	public AnnualReportView recompute(SiteId siteId, int year) {
		var site = site(siteId);
		requireYear(year);
		var user = ReportAccess.user();
		ReportAccess.requireFill(user, site, "重新取数");
		var stored = lock(site, year, user);
		ReportLifecycle.TABLE.check(stored.status, ReportAction.RECOMPUTE).refuse();
		var taken = figures.take(site, year);
		jdbc.sql("""
				UPDATE annual_report SET version = version + 1, computed = ?, computed_at = ?, updated_at = ?, updated_by = ?
				WHERE site_id = ? AND year = ?
				""").params(json.writeValueAsString(taken), Timestamp.from(clock.instant()), Timestamp.from(clock.instant()),
					user.username(), site.id().value(), year).update();
		audit.record(AuditRecord.of("ANNUAL_REPORT_RECOMPUTED", "annual_report", key(site, year),
				"重新取数：「" + site.name() + "」" + year + "年政府网站工作年度报表").withChange(stored.computed, taken));
		return view(site, year);
	}

	/** 审核通过, 退回修改, 发布, 更正 (see {@link ReportLifecycle}); the reason is required to return or correct. */
	@Transactional
	public AnnualReportView act(SiteId siteId, int year, ReportAction action, @Nullable String reason) {
		var site = site(siteId);
		requireYear(year);
		var user = ReportAccess.user();
		ReportAccess.requireFill(user, site, action.label() + "网站年度报表");
		if (!action.transition()) {
			throw Refusal.invalid("「" + action.label() + "」不是报表的流转操作");
		}
		var text = reason == null ? null : reason.strip();
		if (text != null && text.length() > 1000) {
			throw Refusal.invalid("理由不能超过 1000 字");
		}
		var stored = lock(site, year, user);
		var facts = new ReportLifecycle.Facts(year, BeijingTime.today(clock).getYear() > year, stored.signOff.unitHead(),
				stored.signOff.reviewer(), stored.signOff.filler(), text);
		var to = ReportLifecycle.TABLE.fire(stored.status, action, facts, Refusal.Kind.INVALID);
		var now = Timestamp.from(clock.instant());
		if (action == ReportAction.PUBLISH) {
			jdbc.sql("UPDATE annual_report SET published_at = ?, published_by = ? WHERE site_id = ? AND year = ?")
				.params(now, user.username(), site.id().value(), year).update();
		}
		jdbc.sql("""
				UPDATE annual_report SET version = version + 1, status = ?, updated_at = ?, updated_by = ?
				WHERE site_id = ? AND year = ?
				""").params(to.name(), now, user.username(), site.id().value(), year).update();
		jdbc.sql("""
				INSERT INTO annual_report_transition (site_id, year, from_status, to_status, action, actor, reason, occurred_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""").params(site.id().value(), year, stored.status.name(), to.name(), action.name(), user.username(),
					text == null || text.isEmpty() ? null : text, now).update();
		var late = action == ReportAction.PUBLISH && BeijingTime.today(clock).isAfter(publishBy(year)) ? "（逾期发布）" : "";
		audit.record(AuditRecord.of("ANNUAL_REPORT_" + action.name(), "annual_report", key(site, year),
				"「" + site.name() + "」" + year + "年政府网站工作年度报表" + action.label() + "：" + stored.status.label() + " → "
						+ to.label() + late + (text == null || text.isEmpty() ? "" : "（" + text + "）")));
		if (action == ReportAction.PUBLISH || action == ReportAction.CORRECT) {
			homePages.refresh(site.id());
		}
		return view(site, year);
	}

	/** The forms the signed-in user reads for a year: all running government sites' for supervisors, else their unit's. */
	@Transactional(readOnly = true)
	public List<AnnualReportView> readable(int year) {
		requireYear(year);
		var user = ReportAccess.user();
		return governmentSites().stream().filter(s -> ReportAccess.mayRead(user, s)).map(s -> view(s, year)).toList();
	}

	/**
	 * The running government sites whose form of the year is not published, with whether its deadline (31 January)
	 * has passed: one query, no figures taken (the supervisor's dashboard). Supervisors, the Big Data Center and
	 * co-regulators.
	 */
	@Transactional(readOnly = true)
	public List<ReportSummary.SiteStanding> unpublished(int year) {
		requireYear(year);
		ReportAccess.requireSupervisor(ReportAccess.user());
		var stored = new java.util.HashMap<java.util.UUID, ReportStatus>();
		jdbc.sql("SELECT site_id, status FROM annual_report WHERE year = ?").param(year)
			.query((rs, n) -> stored.put(rs.getObject(1, java.util.UUID.class), ReportStatus.valueOf(rs.getString(2))))
			.list();
		boolean late = BeijingTime.today(clock).isAfter(publishBy(year));
		return governmentSites().stream()
			.filter(s -> stored.getOrDefault(s.id().value(), ReportStatus.DRAFT) != ReportStatus.PUBLISHED)
			.map(s -> {
				var status = stored.getOrDefault(s.id().value(), ReportStatus.DRAFT);
				return new ReportSummary.SiteStanding(s.id(), s.name(), s.typeLabel(), status, status.label(), null, null,
						late);
			})
			.toList();
	}

	/** The prefecture's summary form and every site's publication (supervisors). */
	@Transactional(readOnly = true)
	public ReportSummary summary(int year) {
		requireYear(year);
		ReportAccess.requireSupervisor(ReportAccess.user());
		var views = governmentSites().stream().map(s -> view(s, year)).toList();
		var sums = new LinkedHashMap<String, @Nullable Object>();
		double dayTotal = 0;
		long closedTotal = 0;
		for (var field : ReportField.values()) {
			if (field.section() == ReportField.Section.SITE || field.kind() == ReportField.Kind.TEXT) {
				sums.put(field.key(), null);
				continue;
			}
			long sum = 0;
			for (var v : views) {
				var value = v.fields().get(field.key());
				if (value instanceof Number n) {
					sum += n.longValue();
				}
				else if (value instanceof Boolean b && b) {
					sum++;
				}
			}
			sums.put(field.key(), sum);
		}
		for (var v : views) {
			if (v.fields().get(ReportField.MESSAGE_AVERAGE_DAYS.key()) instanceof Number days
					&& v.fields().get(ReportField.MESSAGES_CLOSED.key()) instanceof Number closed) {
				dayTotal += days.doubleValue() * closed.longValue();
				closedTotal += closed.longValue();
			}
		}
		sums.put(ReportField.MESSAGE_AVERAGE_DAYS.key(), closedTotal == 0 ? 0.0 : round(dayTotal / closedTotal));
		var rows = new ArrayList<AnnualReportView.Row>();
		for (var field : ReportField.values()) {
			if (field.section() == ReportField.Section.SITE) {
				continue;
			}
			var value = sums.get(field.key());
			var display = value == null ? "" : field.kind() == ReportField.Kind.YES_NO ? value + " 个网站为“是”" : show(field, value);
			rows.add(new AnnualReportView.Row(field.key(), field.section().label(), field.label(), field.fullLabel(),
					field.kind(), value, display, "各网站报表汇总", false));
		}
		var standings = views.stream().map(v -> new ReportSummary.SiteStanding(v.siteId(), v.siteName(),
				String.valueOf(v.fields().get(ReportField.SITE_TYPE.key())), v.status(), v.statusLabel(), v.publishedAt(),
				v.publishedBy(), v.overdue())).toList();
		return new ReportSummary(year, views.size(), views.stream().filter(AnnualReportView::published).count(), sums,
				rows, standings);
	}

	/** The years whose forms of a site are published, newest first. */
	@Transactional(readOnly = true)
	public List<Integer> publishedYears(SiteId site) {
		return jdbc.sql("SELECT year FROM annual_report WHERE site_id = ? AND status = 'PUBLISHED' ORDER BY year DESC")
			.param(site.value()).query(Integer.class).list();
	}

	boolean isPublished(SiteId site, int year) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM annual_report WHERE site_id = ? AND year = ? AND status = 'PUBLISHED')")
			.params(site.value(), year).query(Boolean.class).single();
	}

	List<SiteView> governmentSites() {
		return sites.all().stream().filter(s -> s.status() == SiteStatus.RUNNING && s.type().isGovernment()).toList();
	}

	static LocalDate publishBy(int year) {
		return LocalDate.of(year + 1, 1, 31);
	}

	// ------------------------------------------------------------------ storage and view

	private record Stored(ReportStatus status, Map<String, @Nullable Object> computed, java.time.@Nullable Instant computedAt,
			Map<String, @Nullable Object> entries, AnnualReportView.SignOff signOff, java.time.@Nullable Instant publishedAt,
			@Nullable String publishedBy) {
	}

	private @Nullable Stored stored(SiteId site, int year, boolean forUpdate) {
		return jdbc.sql("SELECT * FROM annual_report WHERE site_id = ? AND year = ?" + (forUpdate ? " FOR UPDATE" : ""))
			.params(site.value(), year)
			.query((rs, n) -> {
				var filledOn = rs.getObject("filled_on", LocalDate.class);
				var publishedAt = rs.getTimestamp("published_at");
				return new Stored(ReportStatus.valueOf(rs.getString("status")), map(rs.getString("computed")),
						rs.getTimestamp("computed_at").toInstant(), map(rs.getString("entries")),
						new AnnualReportView.SignOff(rs.getString("unit_head"), rs.getString("reviewer"),
								rs.getString("filler"), rs.getString("phone"), filledOn),
						publishedAt == null ? null : publishedAt.toInstant(), rs.getString("published_by"));
			})
			.optional().orElse(null);
	}

	private Stored lock(SiteView site, int year, CurrentUser user) {
		if (stored(site.id(), year, false) == null) {
			var now = Timestamp.from(clock.instant());
			jdbc.sql("""
					INSERT INTO annual_report (site_id, year, status, computed, computed_at, updated_at, updated_by)
					VALUES (?, ?, 'DRAFT', ?, ?, ?, ?) ON CONFLICT (site_id, year) DO NOTHING
					""").params(site.id().value(), year, json.writeValueAsString(figures.take(site, year)), now, now,
						user.username()).update();
		}
		var stored = stored(site.id(), year, true);
		if (stored == null) {
			throw new IllegalStateException("annual report row vanished");
		}
		return stored;
	}

	@SuppressWarnings("unchecked")
	private Map<String, @Nullable Object> map(String text) {
		return new LinkedHashMap<String, @Nullable Object>(json.readValue(text, Map.class));
	}

	private AnnualReportView view(SiteView site, int year) {
		var stored = stored(site.id(), year, false);
		var computed = stored == null ? figures.take(site, year) : stored.computed;
		var entries = stored == null ? Map.<String, @Nullable Object>of() : stored.entries;
		var status = stored == null ? ReportStatus.DRAFT : stored.status;
		var fields = new LinkedHashMap<String, @Nullable Object>();
		var rows = new ArrayList<AnnualReportView.Row>();
		for (var field : ReportField.values()) {
			boolean taken = computed.containsKey(field.key());
			var value = normalise(field, taken ? computed.get(field.key()) : entries.get(field.key()));
			fields.put(field.key(), value);
			var source = taken ? field.source() == null ? "系统取数" : field.source().label() : null;
			rows.add(new AnnualReportView.Row(field.key(), field.section().label(), field.label(), field.fullLabel(),
					field.kind(), value, show(field, value), source, !taken && status == ReportStatus.DRAFT));
		}
		var history = jdbc.sql("""
				SELECT action, from_status, to_status, actor, reason, occurred_at FROM annual_report_transition
				WHERE site_id = ? AND year = ? ORDER BY id
				""").params(site.id().value(), year)
			.query((rs, n) -> new AnnualReportView.HistoryEntry(ReportAction.valueOf(rs.getString(1)).label(),
					ReportStatus.valueOf(rs.getString(2)).label(), ReportStatus.valueOf(rs.getString(3)).label(),
					rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
		var today = BeijingTime.today(clock);
		return new AnnualReportView(site.id(), site.name(), site.siteCode(), year, status, fields, rows,
				stored == null ? AnnualReportView.SignOff.NONE : stored.signOff, stored == null ? null : stored.computedAt,
				stored == null ? null : stored.publishedAt, stored == null ? null : stored.publishedBy, publishBy(year),
				status != ReportStatus.PUBLISHED && today.isAfter(publishBy(year)),
				ReportLifecycle.TABLE.actionsFrom(status).stream().filter(ReportAction::transition).toList(), history);
	}

	private static @Nullable Object normalise(ReportField field, @Nullable Object value) {
		if (value == null) {
			return null;
		}
		return switch (field.kind()) {
			case COUNT -> value instanceof Number n ? (Object) n.longValue() : value;
			case DECIMAL -> value instanceof Number n ? (Object) round(n.doubleValue()) : value;
			default -> value;
		};
	}

	static String show(ReportField field, @Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Boolean b) {
			return b ? "是" : "否";
		}
		if (value instanceof Double d) {
			return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	private SiteView site(SiteId id) {
		var site = sites.find(id).orElseThrow(() -> Refusal.notFound("网站「" + id.value() + "」不存在"));
		if (!site.type().isGovernment()) {
			throw Refusal.notFound("「" + site.name() + "」不是政府网站，没有政府网站工作年度报表");
		}
		return site;
	}

	private static String key(SiteView site, int year) {
		return site.id() + "/" + year;
	}

	static void requireYear(int year) {
		if (year < 2018 || year > 2999) {
			throw Refusal.invalid("年度「" + year + "」不正确：政府网站工作年度报表自 2018 年起");
		}
	}

}

package org.govsite.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.assessment.Bulletin.SiteLine;
import org.govsite.assessment.Bulletin.UnitRank;
import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.iam.CurrentUser;
import org.govsite.shared.Actor;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.Reasons;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 通报 (Art. 23, 24): the monthly and quarterly bulletin of the prefecture's government sites. Issuing one assesses
 * every running government site over the period and keeps the run with the bulletin, so the bulletin reads the same
 * on the day it is sent and years later. Units are ranked by the average score of their sites; each site carries its
 * trend against the previous bulletin of the same kind; sites unqualified in this and the previous bulletin are listed
 * as failing again, and the rectification notices of the period that needed reminders or a 约谈 (through the port
 * {@link RectificationRecord}) as 整改不力. A bulletin is an official document sent to every unit: every signed-in account reads it; the
 * evidence behind a site's line stays with those who may read that site's assessment.
 */
@Service
public class Bulletins {

	private final Assessments assessments;
	private final AssessmentStore results;
	private final Sites sites;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;
	private final ObjectProvider<RectificationRecord> rectifications;

	Bulletins(Assessments assessments, AssessmentStore results, Sites sites, JdbcClient jdbc, AuditTrail audit,
			Clock clock, ObjectProvider<RectificationRecord> rectifications) {
		this.rectifications = rectifications;
		this.assessments = assessments;
		this.results = results;
		this.sites = sites;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	private record Row(UUID id, BulletinKind kind, int year, int number, LocalDate from, LocalDate to, UUID run,
			String issuedBy, Instant issuedAt) {
	}

	/** Issues the bulletin of a month or quarter that has ended; a period has one bulletin. */
	@Transactional
	public BulletinId issue(@Nullable BulletinKind kind, @Nullable Integer year, @Nullable Integer number) {
		AssessmentAccess.requireRunner();
		var reasons = new Reasons();
		reasons.when(kind == null, "请选择通报类型（月度或季度）");
		reasons.when(year == null, "请填写年份");
		reasons.when(number == null, "请填写月份或季度");
		reasons.throwIfAny(Refusal.Kind.INVALID);
		reasons.when(year < 2000 || year > 2100, "年份应在 2000 至 2100 之间");
		reasons.when(number < 1 || number > kind.periods(),
				kind == BulletinKind.MONTHLY ? "月份应在 1 至 12 之间" : "季度应在 1 至 4 之间");
		reasons.throwIfAny(Refusal.Kind.INVALID);
		var from = kind.first(year, number);
		var to = kind.last(year, number);
		var today = BeijingTime.today(clock);
		if (!to.isBefore(today)) {
			throw Refusal.invalid(kind.periodName(year, number) + "尚未结束（至 " + to + "），结束后才能生成通报");
		}
		if (find(kind, year, number).isPresent()) {
			throw Refusal.conflict(kind.periodName(year, number) + "的" + kind.label() + "通报已经生成，通报发出后不再改动");
		}
		var run = assessments.runForBulletin(new AssessmentPeriod(from, to));
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO assessment_bulletin (id, kind, year, number, period_from, period_to, run_id, issued_by, issued_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(id, kind.name(), year, number, from, to, run.value(), Actor.current(),
				Timestamp.from(Instant.now(clock))).update();
		audit.record(AuditRecord.of("BULLETIN_ISSUED", "assessment_bulletin", id,
				"生成" + title(kind, year, number) + "（评估 " + run + "）"));
		return new BulletinId(id);
	}

	/** Every bulletin, newest period first. */
	@Transactional(readOnly = true)
	public List<Bulletin.Entry> list() {
		requireReader();
		return jdbc.sql("SELECT * FROM assessment_bulletin ORDER BY period_to DESC, kind").query(Bulletins::row).list()
			.stream().map(r -> new Bulletin.Entry(new BulletinId(r.id()), r.kind(), r.year(), r.number(),
					title(r.kind(), r.year(), r.number()), r.from(), r.to(), r.issuedBy(), r.issuedAt()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Bulletin get(BulletinId id) {
		requireReader();
		var row = jdbc.sql("SELECT * FROM assessment_bulletin WHERE id = ?").param(id.value()).query(Bulletins::row)
			.optional().orElseThrow(() -> Refusal.notFound("通报「" + id + "」不存在"));
		var units = new HashMap<SiteId, String>();
		for (var site : sites.all()) {
			units.put(site.id(), site.sponsorUnitName());
		}
		var now = results.results(row.run());
		var before = previous(row).map(p -> results.results(p.run())).orElse(List.of());
		var earlier = new HashMap<SiteId, SiteAssessment>();
		before.forEach(r -> earlier.put(r.siteId(), r));
		var ranked = now.stream().sorted(BEST_FIRST).toList();
		var lines = new ArrayList<SiteLine>(ranked.size());
		for (int i = 0; i < ranked.size(); i++) {
			var r = ranked.get(i);
			var p = earlier.get(r.siteId());
			lines.add(new SiteLine(i + 1, r.siteId(), r.siteName(), units.getOrDefault(r.siteId(), "—"), r.qualified(),
					r.atRisk(), r.score(), p == null ? null : p.score(), p == null ? null : p.qualified(), reasons(r)));
		}
		var failedAgain = lines.stream().filter(l -> !l.qualified() && Boolean.FALSE.equals(l.previouslyQualified()))
			.toList();
		int unqualified = (int) now.stream().filter(r -> !r.qualified()).count();
		int atRisk = (int) now.stream().filter(SiteAssessment::atRisk).count();
		var summary = new Bulletin.Summary(now.size(), now.size() - unqualified - atRisk, atRisk, unqualified,
				now.isEmpty() ? null : round(now.stream().mapToDouble(Bulletins::points).average().orElse(0)));
		return new Bulletin(new BulletinId(row.id()), row.kind(), row.year(), row.number(),
				title(row.kind(), row.year(), row.number()), row.from(), row.to(), new AssessmentId(row.run()),
				row.issuedBy(), row.issuedAt(), summary, unitRanks(lines, now), lines, failedAgain,
				rectifications.getIfAvailable(() -> RectificationRecord.NO_SOURCE).failures(row.from(), row.to()));
	}

	/** One site's line as assessed for the bulletin, with all its evidence: for those who may read that site. */
	@Transactional(readOnly = true)
	public SiteAssessment evidence(BulletinId id, SiteId site) {
		var view = sites.find(site).orElseThrow(() -> Refusal.notFound("网站不存在"));
		AssessmentAccess.requireRead(view);
		var row = jdbc.sql("SELECT * FROM assessment_bulletin WHERE id = ?").param(id.value()).query(Bulletins::row)
			.optional().orElseThrow(() -> Refusal.notFound("通报「" + id + "」不存在"));
		return results.results(row.run()).stream().filter(r -> r.siteId().equals(site)).findFirst()
			.orElseThrow(() -> Refusal.notFound("「" + view.name() + "」不在这期通报中"));
	}

	/** The bulletin as a workbook: 概况, 单位排名, 网站排名, 连续不合格, 整改不力. */
	@Transactional(readOnly = true)
	public byte[] xlsx(BulletinId id) {
		var bulletin = get(id);
		try (Workbook book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var summary = book.createSheet("概况");
			put(summary, 0, bulletin.title());
			put(summary, 1, "评估期间", bulletin.from() + " 至 " + bulletin.to());
			put(summary, 2, "评估网站数", bulletin.summary().sites());
			put(summary, 3, "合格", bulletin.summary().qualified());
			put(summary, 4, "有风险", bulletin.summary().atRisk());
			put(summary, 5, "不合格", bulletin.summary().unqualified());
			put(summary, 6, "平均得分", bulletin.summary().averageScore() == null ? "—" : bulletin.summary().averageScore());
			var units = book.createSheet("单位排名");
			put(units, 0, "排名", "主办单位", "网站数", "不合格网站数", "平均得分");
			int r = 1;
			for (var u : bulletin.units()) {
				put(units, r++, u.rank(), u.unitName(), u.sites(), u.unqualified(), u.averageScore());
			}
			siteSheet(book.createSheet("网站排名"), bulletin.sites());
			siteSheet(book.createSheet("连续不合格"), bulletin.failedAgain());
			var late = book.createSheet("整改不力");
			put(late, 0, "网站名称", "主办单位", "整改通知", "情况");
			int l = 1;
			for (var f : bulletin.lateRectifications()) {
				put(late, l++, f.siteName(), f.unitName(), f.notice(), f.what());
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	// ------------------------------------------------------------------ the work

	static final Comparator<SiteAssessment> BEST_FIRST = Comparator
		.comparing((SiteAssessment r) -> !r.qualified())
		.thenComparing(r -> r.score() == null ? 0 : -r.score())
		.thenComparing(SiteAssessment::siteName);

	static String title(BulletinKind kind, int year, int number) {
		return kind.periodName(year, number) + "全市政府网站检查情况通报";
	}

	private Optional<Row> find(BulletinKind kind, int year, int number) {
		return jdbc.sql("SELECT * FROM assessment_bulletin WHERE kind = ? AND year = ? AND number = ?")
			.params(kind.name(), year, number).query(Bulletins::row).optional();
	}

	private Optional<Row> previous(Row row) {
		int year = row.number() == 1 ? row.year() - 1 : row.year();
		int number = row.number() == 1 ? row.kind().periods() : row.number() - 1;
		return find(row.kind(), year, number);
	}

	private static List<UnitRank> unitRanks(List<SiteLine> lines, List<SiteAssessment> now) {
		var byUnit = new LinkedHashMap<String, List<SiteLine>>();
		lines.forEach(l -> byUnit.computeIfAbsent(l.unitName(), k -> new ArrayList<>()).add(l));
		record Standing(String unit, int sites, int unqualified, double average) {
		}
		var standings = byUnit.entrySet().stream()
			.map(e -> new Standing(e.getKey(), e.getValue().size(),
					(int) e.getValue().stream().filter(l -> !l.qualified()).count(),
					round(e.getValue().stream().mapToDouble(l -> l.qualified() && l.score() != null ? l.score() : 0)
						.average().orElse(0))))
			.sorted(Comparator.comparingDouble(Standing::average).reversed().thenComparing(Standing::unit))
			.toList();
		var ranks = new ArrayList<UnitRank>();
		for (int i = 0; i < standings.size(); i++) {
			var s = standings.get(i);
			// equal averages share a place
			int rank = i > 0 && standings.get(i - 1).average() == s.average() ? ranks.get(i - 1).rank() : i + 1;
			ranks.add(new UnitRank(rank, s.unit(), s.sites(), s.unqualified(), s.average()));
		}
		return ranks;
	}

	/** The vetoes, then the deductions, largest first: what the general office writes beside a site. */
	private static List<String> reasons(SiteAssessment r) {
		var reasons = new ArrayList<String>();
		r.vetoes().forEach(v -> reasons.add("单项否决：" + v.label()));
		r.deductions().stream().sorted(Comparator.comparingDouble(SiteAssessment.Deduction::points).reversed())
			.forEach(d -> reasons.add(d.label() + " −" + d.points()));
		r.warnings().forEach(w -> reasons.add("预警：" + w.label()));
		return reasons;
	}

	private static double points(SiteAssessment r) {
		return r.qualified() && r.score() != null ? r.score() : 0;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static void requireReader() {
		// scheduled work has no authentication at all; an anonymous caller has one that is not a platform account
		if (CurrentUser.fromContext().isEmpty() && SecurityContextHolder.getContext().getAuthentication() != null) {
			throw Refusal.forbidden("请先登录");
		}
	}

	private static void siteSheet(org.apache.poi.ss.usermodel.Sheet sheet, List<SiteLine> lines) {
		put(sheet, 0, "排名", "网站名称", "主办单位", "结论", "得分", "上期得分", "变化", "扣分与否决原因");
		int r = 1;
		for (var l : lines) {
			put(sheet, r++, l.rank(), l.siteName(), l.unitName(), l.verdict(), l.score() == null ? "—" : l.score(),
					l.previousScore() == null ? "—" : l.previousScore(), l.trend(), String.join("；", l.reasons()));
		}
	}

	private static void put(org.apache.poi.ss.usermodel.Sheet sheet, int rowNumber, Object... values) {
		var row = sheet.createRow(rowNumber);
		for (int i = 0; i < values.length; i++) {
			var cell = row.createCell(i);
			if (values[i] instanceof Number n) {
				cell.setCellValue(n.doubleValue());
			}
			else {
				cell.setCellValue(String.valueOf(values[i]));
			}
		}
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getObject("id", UUID.class), BulletinKind.valueOf(rs.getString("kind")), rs.getInt("year"),
				rs.getInt("number"), rs.getObject("period_from", LocalDate.class),
				rs.getObject("period_to", LocalDate.class), rs.getObject("run_id", UUID.class),
				rs.getString("issued_by"), rs.getTimestamp("issued_at").toInstant());
	}
}

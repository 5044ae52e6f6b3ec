package org.govsite.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.govsite.assessment.AvailabilityEvidence.ProbeFigures;
import org.govsite.assessment.ChannelEvidence.ChannelFact;
import org.govsite.assessment.ColumnEvidence.ColumnFact;
import org.govsite.assessment.ColumnEvidence.UpdateKind;
import org.govsite.assessment.FindingEvidence.FindingFact;
import org.govsite.assessment.FindingEvidence.FindingKind;
import org.govsite.assessment.HomePageEvidence.HomePageFact;
import org.govsite.assessment.MessageEvidence.MessageFact;
import org.govsite.assessment.MessageEvidence.MessageKind;
import org.govsite.assessment.ServiceGuideEvidence.GuideFact;
import org.govsite.assessment.ServiceGuideEvidence.ServiceFact;
import org.govsite.site.SiteId;
import org.govsite.site.SiteType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The indicator rules as a pure function: veto lines, warning lines, the capped deduction table, bonus, no source. */
class AssessmentRulesTests {

	static final LocalDate TO = LocalDate.of(2026, 11, 29);
	static final AssessmentPeriod PERIOD = new AssessmentPeriod(TO.withDayOfMonth(1), TO);
	final AssessmentRules rules = new AssessmentRules(RuleTable.defaults());

	/** A healthy site: fresh home page, fresh columns, a working channel, no messages, all sources present. */
	static SiteFacts healthy(SiteType type) {
		var columns = List.of(column("要闻动态", UpdateKind.DYNAMIC, true, TO.minusDays(1)));
		return new SiteFacts(new SiteId(UUID.randomUUID()), "测试网站", type, PERIOD, columns,
				new HomePageFact(TO.minusDays(1), "首页栏目「要闻动态」", List.of("要闻动态")),
				new ProbeFigures(TO.minusDays(6), TO, 140, 0), List.of(), List.of(),
				new ChannelFact(true, "入口", 0), new ServiceFact(true, 10, List.of()));
	}

	static ColumnFact column(String name, UpdateKind kind, boolean firstLevel, LocalDate lastUpdate) {
		var deadline = kind == UpdateKind.DYNAMIC ? lastUpdate.plusDays(14)
				: kind == UpdateKind.REGULAR ? lastUpdate.plusYears(1) : lastUpdate.plusMonths(6);
		return new ColumnFact(UUID.randomUUID().toString(), name, kind, firstLevel, lastUpdate, deadline);
	}

	static ColumnFact empty(String name) {
		return new ColumnFact(UUID.randomUUID().toString(), name, UpdateKind.REGULAR, false, null, null);
	}

	static SiteFacts withColumns(SiteFacts f, List<ColumnFact> more) {
		var all = new ArrayList<>(f.columns());
		all.addAll(more);
		return new SiteFacts(f.siteId(), f.siteName(), f.type(), f.period(), all, f.home(), f.availability(),
				f.findings(), f.messages(), f.channel(), f.services());
	}

	static SiteFacts withHome(SiteFacts f, HomePageFact home) {
		return new SiteFacts(f.siteId(), f.siteName(), f.type(), f.period(), f.columns(), home, f.availability(),
				f.findings(), f.messages(), f.channel(), f.services());
	}

	static SiteFacts withMessages(SiteFacts f, List<MessageFact> messages) {
		return new SiteFacts(f.siteId(), f.siteName(), f.type(), f.period(), f.columns(), f.home(), f.availability(),
				f.findings(), messages, f.channel(), f.services());
	}

	@Test
	void aHealthySiteScoresFullMarksAndIsQualified() {
		var result = rules.assess(healthy(SiteType.DEPARTMENT));
		assertThat(result.qualified()).isTrue();
		assertThat(result.score()).isEqualTo(100.0);
		assertThat(result.vetoes()).isEmpty();
		assertThat(result.deductions()).isEmpty();
		assertThat(result.warnings()).isEmpty();
		assertThat(result.unscored()).isEmpty();
	}

	@Test
	void fiveEmptyColumnsAreAVetoNamingThemAndNothingElseIsScored() {
		var names = List.of("机构职能", "领导信息", "规划计划", "人事信息", "财政资金");
		var facts = withColumns(healthy(SiteType.DEPARTMENT), names.stream().map(AssessmentRulesTests::empty).toList());
		var result = rules.assess(facts);
		assertThat(result.qualified()).isFalse();
		assertThat(result.score()).isNull();
		assertThat(result.deductions()).isEmpty();
		assertThat(result.vetoes()).singleElement().satisfies(veto -> {
			assertThat(veto.item()).isEqualTo(VetoItem.COLUMNS_NOT_UPDATED);
			assertThat(veto.reason()).isEqualTo("空白栏目 5 个（5 个即单项否决）");
			assertThat(veto.evidence()).extracting(Evidence::label).containsExactlyElementsOf(names);
		});
	}

	@ParameterizedTest(name = "{0} empty columns: {1}")
	@CsvSource({ "2, NONE", "3, WARNING", "4, WARNING", "5, VETO" })
	void emptyColumnLines(int count, String expected) {
		var empties = new ArrayList<ColumnFact>();
		for (int i = 0; i < count; i++) {
			empties.add(empty("栏目" + i));
		}
		var result = rules.assess(withColumns(healthy(SiteType.DEPARTMENT), empties));
		assertThat(result.vetoes().isEmpty()).isEqualTo(!expected.equals("VETO"));
		assertThat(result.warnings().isEmpty()).isEqualTo(!expected.equals("WARNING"));
		if (expected.equals("WARNING")) {
			assertThat(result.warnings().get(0).reason()).isEqualTo("空白栏目 " + count + " 个，达到 5 个将单项否决");
		}
	}

	@ParameterizedTest(name = "home page {0} days without news: {1}")
	@CsvSource({ "9, NONE", "10, WARNING", "13, WARNING", "14, VETO", "15, VETO" })
	void homePageLines(int days, String expected) {
		var facts = withHome(healthy(SiteType.PORTAL), new HomePageFact(TO.minusDays(days), "首页栏目「要闻动态」", List.of("要闻动态")));
		var result = rules.assess(facts);
		assertThat(result.vetoes().stream().anyMatch(v -> v.item() == VetoItem.HOME_NOT_UPDATED))
			.isEqualTo(expected.equals("VETO"));
		assertThat(result.warnings().stream().anyMatch(w -> w.item() == VetoItem.HOME_NOT_UPDATED))
			.isEqualTo(expected.equals("WARNING"));
		if (expected.equals("VETO")) {
			assertThat(result.vetoes().get(0).reason()).isEqualTo("首页已 " + days + " 天没有新信息（14 天即单项否决）");
		}
	}

	@Test
	void aHomePageWithNothingDatedIsAVeto() {
		var result = rules.assess(withHome(healthy(SiteType.PORTAL), new HomePageFact(null, null, List.of())));
		assertThat(result.vetoes()).singleElement()
			.satisfies(v -> assertThat(v.reason()).isEqualTo("首页没有任何带发布日期的信息"));
	}

	@Test
	void aConsultationUnansweredForMoreThanThreeMonthsIsAVetoNamingIt() {
		var received = TO.minusMonths(3).minusDays(1);
		var late = new MessageFact("m-1", MessageKind.CONSULTATION, "咨询：社保卡补办", received, received.plusDays(9), null,
				false, null);
		var answered = new MessageFact("m-2", MessageKind.CONSULTATION, "咨询：公积金", received, received.plusDays(9),
				received.plusDays(3), false, received.plusDays(3));
		var result = rules.assess(withMessages(healthy(SiteType.DEPARTMENT), List.of(late, answered)));
		assertThat(result.vetoes()).singleElement().satisfies(v -> {
			assertThat(v.item()).isEqualTo(VetoItem.POOR_INTERACTION);
			assertThat(v.evidence()).extracting(Evidence::ref).containsExactly("m-1");
			assertThat(v.evidence().get(0).detail()).isEqualTo(received + " 收到，截至 " + TO + " 超过 3 个月未答复");
		});
	}

	@Test
	void aConsultationAnsweredAfterThreeMonthsStillCountsButARejectedOneDoesNot() {
		var received = TO.minusMonths(5);
		var answeredLate = new MessageFact("m-1", MessageKind.CONSULTATION, "咨询", received, received.plusDays(9),
				received.plusMonths(3).plusDays(1), false, null);
		var rejected = new MessageFact("m-2", MessageKind.CONSULTATION, "咨询", received, received.plusDays(9),
				received.plusMonths(4), true, null);
		var complaint = new MessageFact("m-3", MessageKind.OTHER, "投诉", received, received.plusDays(21), null, false, null);
		var result = rules.assess(withMessages(healthy(SiteType.DEPARTMENT), List.of(answeredLate, rejected, complaint)));
		assertThat(result.vetoes()).singleElement()
			.satisfies(v -> assertThat(v.evidence()).extracting(Evidence::ref).containsExactly("m-1"));
	}

	@Test
	void aConsultationOpenForTwoMonthsIsOnlyAWarning() {
		var received = TO.minusMonths(2).minusDays(1);
		var open = new MessageFact("m-1", MessageKind.CONSULTATION, "咨询", received, received.plusDays(9), null, false, null);
		var result = rules.assess(withMessages(healthy(SiteType.DEPARTMENT), List.of(open)));
		assertThat(result.vetoes()).isEmpty();
		assertThat(result.warnings()).extracting(SiteAssessment.Warning::item).containsExactly(VetoItem.POOR_INTERACTION);
		// still past its deadline and no reply ever published: two deductions under 互动交流
		assertThat(result.deductions()).extracting(SiteAssessment.Deduction::item)
			.containsExactlyInAnyOrder(DeductionItem.MESSAGE_OVERDUE, DeductionItem.REPLIES_NOT_UPDATED);
		assertThat(result.score()).isEqualTo(96.0);
	}

	@Test
	void eachColumnIsDeductedOnceAndItemsAndHeadingsAreCapped() {
		var stale = new ArrayList<ColumnFact>();
		// 3 policy first-level columns stale (3 x 5 = 15, capped at 10), 1 dynamic (2): 4 prompt columns, a warning;
		// 4 empty (8, also a warning)
		for (int i = 0; i < 4; i++) {
			stale.add(i < 3 ? column("政策" + i, UpdateKind.POLICY, true, TO.minusMonths(7))
					: column("动态" + i, UpdateKind.DYNAMIC, false, TO.minusDays(20)));
			stale.add(empty("空白" + i));
		}
		// 9 regular columns stale (9 x 1 = 9): not a veto (10), but a warning (7)
		for (int i = 0; i < 9; i++) {
			stale.add(column("应更新" + i, UpdateKind.REGULAR, false, TO.minusYears(2)));
		}
		var result = rules.assess(withColumns(healthy(SiteType.DEPARTMENT), stale));
		assertThat(result.vetoes()).isEmpty();
		var points = result.deductions().stream()
			.collect(java.util.stream.Collectors.toMap(SiteAssessment.Deduction::item, SiteAssessment.Deduction::points));
		assertThat(points).containsEntry(DeductionItem.POLICY_COLUMN_STALE, 10.0)
			.containsEntry(DeductionItem.DYNAMIC_COLUMN_STALE, 2.0)
			.containsEntry(DeductionItem.REGULAR_COLUMN_STALE, 9.0)
			.containsEntry(DeductionItem.EMPTY_COLUMN, 8.0);
		int counted = result.deductions().stream().mapToInt(d -> d.evidence().size()).sum();
		assertThat(counted).isEqualTo(stale.size());
		assertThat(result.score()).isEqualTo(71.0);
		assertThat(result.warnings()).extracting(SiteAssessment.Warning::reason).containsExactly(
				"动态要闻类栏目超过 2 周、通知公告和政策文件类一级栏目超过 6 个月未更新 4 个，达到 5 个将单项否决",
				"应更新栏目长期未更新 9 个，达到 10 个将单项否决", "空白栏目 4 个，达到 5 个将单项否决");
		assertThat(result.atRisk()).isTrue();
	}

	@Test
	void aHeadingStopsAtItsPoints() {
		var properties = new AssessmentProperties();
		properties.getHeadings().put(Heading.PUBLISHING, 10.0);
		properties.getHeadings().put(Heading.FUNCTION, 45.0);
		var capped = new AssessmentRules(RuleTable.from(properties));
		var stale = new ArrayList<ColumnFact>();
		for (int i = 0; i < 2; i++) {
			stale.add(column("政策" + i, UpdateKind.POLICY, true, TO.minusMonths(7)));
			stale.add(column("动态" + i, UpdateKind.DYNAMIC, false, TO.minusDays(20)));
		}
		var result = capped.assess(withColumns(healthy(SiteType.DEPARTMENT), stale));
		assertThat(result.deductions().stream().mapToDouble(SiteAssessment.Deduction::points).sum()).isEqualTo(10.0);
		assertThat(result.score()).isEqualTo(90.0);
	}

	@Test
	void theSecurityVetoAndLinkDeductionsReadTheFindings() {
		var base = healthy(SiteType.PORTAL);
		var findings = List.of(new FindingFact("f-1", FindingKind.FORGED_DATE, "通知发布日期早于成文日期", "https://x.gov.cn/a", TO),
				new FindingFact("f-2", FindingKind.BROKEN_LINK_HOME, "首页链接 404", "https://x.gov.cn/b", TO));
		var facts = new SiteFacts(base.siteId(), base.siteName(), base.type(), PERIOD, base.columns(), base.home(),
				base.availability(), findings, base.messages(), base.channel(), base.services());
		var result = rules.assess(facts);
		assertThat(result.vetoes()).singleElement().satisfies(v -> {
			assertThat(v.item()).isEqualTo(VetoItem.SECURITY);
			assertThat(v.evidence()).extracting(Evidence::ref).containsExactly("f-1");
		});
	}

	@Test
	void withoutMonitoringTheIndicatorsSayTheyAreNotScored() {
		var base = healthy(SiteType.DEPARTMENT);
		var facts = new SiteFacts(base.siteId(), base.siteName(), base.type(), PERIOD, base.columns(), base.home(), null,
				null, base.messages(), base.channel(), null);
		var result = rules.assess(facts);
		assertThat(result.qualified()).isTrue();
		assertThat(result.unscored()).extracting(SiteAssessment.Unscored::item)
			.containsExactlyInAnyOrder("SECURITY", "UNREACHABLE", "SERVICES_NOT_PRACTICAL", "GUIDE_MISSING_ELEMENTS",
					"HOME_BROKEN_LINK", "PAGE_BROKEN_LINK");
		assertThat(result.unscored()).filteredOn(u -> u.item().equals("UNREACHABLE"))
			.extracting(SiteAssessment.Unscored::reason).containsExactly("暂无监测数据，未评分");
	}

	@ParameterizedTest(name = "{1} of {0} visits failed: {2}")
	@CsvSource({ "140, 4, NONE", "140, 5, WARNING", "140, 7, VETO", "100, 50, UNSCORED" })
	void availabilityLines(long visits, long failures, String expected) {
		var base = healthy(SiteType.PORTAL);
		var facts = new SiteFacts(base.siteId(), base.siteName(), base.type(), PERIOD, base.columns(), base.home(),
				new ProbeFigures(TO.minusDays(6), TO, visits, failures), base.findings(), base.messages(), base.channel(),
				base.services());
		var result = rules.assess(facts);
		assertThat(result.vetoes().isEmpty()).isEqualTo(!expected.equals("VETO"));
		assertThat(result.warnings().isEmpty()).isEqualTo(!expected.equals("WARNING"));
		assertThat(result.unscored().isEmpty()).isEqualTo(!expected.equals("UNSCORED"));
	}

	@Test
	void fiveServiceItemsMissingFourElementsAreAVeto() {
		var base = healthy(SiteType.DEPARTMENT);
		var guides = new ArrayList<GuideFact>();
		for (int i = 0; i < 5; i++) {
			guides.add(new GuideFact("s" + i, "事项" + i, List.of("设定依据", "申请条件", "收费标准", "办理流程")));
		}
		guides.add(new GuideFact("ok", "完整事项", List.of()));
		var facts = new SiteFacts(base.siteId(), base.siteName(), base.type(), PERIOD, base.columns(), base.home(),
				base.availability(), base.findings(), base.messages(), base.channel(), new ServiceFact(true, 6, guides));
		var result = rules.assess(facts);
		assertThat(result.vetoes()).singleElement().satisfies(v -> {
			assertThat(v.item()).isEqualTo(VetoItem.SERVICES_NOT_PRACTICAL);
			assertThat(v.evidence()).hasSize(5);
		});
	}

	@Test
	void aDepartmentWithoutPublicServicesIsScoredOutOf75AndScaled() {
		var base = healthy(SiteType.DEPARTMENT);
		var stale = List.of(column("动态", UpdateKind.DYNAMIC, false, TO.minusDays(20)));
		var facts = new SiteFacts(base.siteId(), base.siteName(), base.type(), PERIOD,
				withColumns(base, stale).columns(), base.home(), base.availability(), base.findings(), base.messages(),
				base.channel(), new ServiceFact(false, 0, List.of()));
		var result = rules.assess(facts);
		assertThat(result.vetoes()).isEmpty();
		// (75 - 2) * 100 / 75 = 97.3
		assertThat(result.score()).isEqualTo(97.3);
	}

	@Test
	void portalsAbove80GetTheSolicitationBonus() {
		var base = healthy(SiteType.PORTAL);
		var facts = new SiteFacts(base.siteId(), base.siteName(), base.type(), PERIOD, base.columns(), base.home(),
				base.availability(), base.findings(), base.messages(), new ChannelFact(true, "入口", 6), base.services());
		var result = rules.assess(facts);
		assertThat(result.bonuses()).extracting(SiteAssessment.Bonus::item).containsExactly(BonusItem.SOLICITATIONS);
		assertThat(result.score()).isEqualTo(105.0);
		var department = rules.assess(new SiteFacts(base.siteId(), base.siteName(), SiteType.DEPARTMENT, PERIOD,
				base.columns(), base.home(), base.availability(), base.findings(), base.messages(),
				new ChannelFact(true, "入口", 6), base.services()));
		assertThat(department.bonuses()).isEmpty();
	}

	@Test
	void theTableRefusesHeadingsThatDoNotAddUpTo100() {
		var properties = new AssessmentProperties();
		properties.getHeadings().put(Heading.PUBLISHING, 50.0);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleTable.from(properties))
			.hasMessageContaining("must add up to 100");
	}
}

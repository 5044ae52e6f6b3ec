package org.govsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.govsite.content.ArticleForm;
import org.govsite.content.ArticleId;
import org.govsite.content.ArticlePublished;
import org.govsite.content.ArticleWithdrawn;
import org.govsite.content.Articles;
import org.govsite.content.Columns;
import org.govsite.content.ReviewAction;
import org.govsite.content.Reviews;
import org.govsite.iam.UserAccounts;
import org.govsite.monitoring.Check;
import org.govsite.monitoring.FindingOpened;
import org.govsite.monitoring.IncidentClosed;
import org.govsite.monitoring.IncidentLifecycle;
import org.govsite.monitoring.IncidentOpened;
import org.govsite.monitoring.Severity;
import org.govsite.site.SiteAction;
import org.govsite.site.SiteForm;
import org.govsite.site.SiteStatusChanged;
import org.govsite.site.SiteType;
import org.govsite.site.Sites;
import org.govsite.site.TransitionRequest;
import org.govsite.support.Api;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Events that cross modules, asserted where they are published and where they arrive: 三审 publishes
 * {@code ArticlePublished}, which search indexes and publishing renders; 撤回 publishes {@code ArticleWithdrawn}, which
 * takes the article out of search; a site's status change ({@code SiteStatusChanged}) reaches publishing, which takes
 * a merged site down; a serious finding and a tamper incident ({@code FindingOpened}, {@code IncidentOpened},
 * {@code IncidentClosed}) reach the duty desk; a new column ({@code ColumnChanged}) reaches the published site; a new
 * site, a finished assessment, an escalated disclosure request and late annual reports ({@code SiteRegistered},
 * {@code AssessmentCompleted}, {@code DisclosureRequestEscalated}, {@code AnnualReportDue}, {@code DisclosureReportDue})
 * reach the supervisor's 监管待办.
 */
@GovSiteTest
@RecordApplicationEvents
class ModuleEventScenarioTests {

	static final Duration SOON = Duration.ofSeconds(60);

	@LocalServerPort int port;
	@Autowired ApplicationEvents events;
	@Autowired Articles articles;
	@Autowired Reviews reviews;
	@Autowired Columns columns;
	@Autowired Sites sites;
	@Autowired UserAccounts accounts;
	@Autowired JdbcClient jdbc;
	@Autowired org.springframework.context.ApplicationEventPublisher publisher;
	@Autowired org.springframework.transaction.support.TransactionTemplate tx;

	@Test
	void anApprovedArticleIsPublishedAndReachesSearchAndThePublishedSite() {
		var portal = sites.findBySiteCode("9901000001").orElseThrow();
		var column = columns.ofSite(portal.id()).stream().filter(c -> c.slug().equals("yaowen")).findFirst().orElseThrow();
		var id = as("editor", () -> articles.write(ArticleForm.simple(column.id(), "犀角山森林防火演练", "<p>全州开展森林防火演练。</p>", false)).id());
		as("editor", () -> reviews.act(id, ReviewAction.SUBMIT, null));
		as("reviewer1", () -> reviews.act(id, ReviewAction.APPROVE, "同意"));
		assertThat(events.stream(ArticlePublished.class)).as("not yet live after 初审").isEmpty();
		as("reviewer2", () -> reviews.act(id, ReviewAction.APPROVE, "同意发布"));

		assertThat(events.stream(ArticlePublished.class).toList())
			.containsExactly(new ArticlePublished(id, portal.id(), 1, false));
		var api = new Api(port);
		await().atMost(SOON).untilAsserted(() -> assertThat(api.get(null, "/api/v1/search?q=" + enc("犀角山"))
			.body().get("hits").valueStream().map(hit -> hit.get("id").asString()).toList()).contains(id.value().toString()));
		await().atMost(SOON).untilAsserted(() -> assertThat(jdbc.sql(
				"SELECT count(*) FROM publish_manifest WHERE site_id = ? AND path LIKE ?")
			.params(portal.id().value(), "%" + id.value() + ".html").query(Long.class).single()).isEqualTo(1));

		as("reviewer2", () -> reviews.act(id, ReviewAction.WITHDRAW, "信息已过时"));
		assertThat(events.stream(ArticleWithdrawn.class).toList()).containsExactly(new ArticleWithdrawn(id, portal.id()));
		await().atMost(SOON).untilAsserted(() -> assertThat(api.get(null, "/api/v1/search?q=" + enc("犀角山"))
			.body().get("hits").valueStream().map(hit -> hit.get("id").asString()).toList()).doesNotContain(id.value().toString()));
	}

	@Test
	void anUrgentPublicationIsPublishedOnceAndItsPostReviewPublishesNothingMore() {
		var portal = sites.findBySiteCode("9901000001").orElseThrow();
		var column = columns.ofSite(portal.id()).stream().filter(c -> c.slug().equals("yaowen")).findFirst().orElseThrow();
		ArticleId id = as("duty", () -> articles.write(ArticleForm.simple(column.id(), "暴雨红色预警", "<p>请注意防范。</p>", false)).id());
		as("duty", () -> reviews.act(id, ReviewAction.URGENT_PUBLISH, "夜间值班紧急发布"));
		as("reviewer1", () -> reviews.act(id, ReviewAction.APPROVE, "补审同意"));
		as("reviewer2", () -> reviews.act(id, ReviewAction.APPROVE, "补审同意"));
		assertThat(events.stream(ArticlePublished.class).toList()).containsExactly(new ArticlePublished(id, portal.id(), 1, true));
		assertThat(reviews.history(id).stream().map(step -> step.action()).toList())
			.containsExactly(ReviewAction.URGENT_PUBLISH, ReviewAction.POST_REVIEW, ReviewAction.POST_REVIEW);
	}

	@Test
	void aSiteMergedIntoThePortalChangesStatusOnceAndPublishingTakesItDown() {
		var portal = sites.findBySiteCode("9901000001").orElseThrow();
		var code = "99018" + java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000, 99_999);
		var site = as("admin", () -> sites.register(new SiteForm("示例自治州合并测试网站" + code.substring(5), SiteType.SPECIAL,
				code, "hb" + code.substring(5) + ".shilizhou.gov.cn", List.of(), portal.sponsorUnitId(), null,
				"示ICP备" + code.substring(4) + "号", "示公网安备9901" + code + "号", (short) 2)));
		as("admin", () -> sites.transition(site.id(), TransitionRequest.of(SiteAction.APPROVE, "批准开设")));
		as("admin", () -> sites.transition(site.id(), TransitionRequest.of(SiteAction.OPEN, "开通运行")));
		as("admin", () -> sites.transition(site.id(), new TransitionRequest(SiteAction.MERGE, "整合进门户网站", null, null,
				null, portal.id())));

		assertThat(events.stream(SiteStatusChanged.class).filter(e -> e.siteId().equals(site.id()))
			.map(e -> e.from() + "→" + e.to() + " " + e.action()).toList())
			.containsExactly("APPLIED→APPROVED APPROVE", "APPROVED→RUNNING OPEN", "RUNNING→MERGED MERGE");
		// publishing hears it after the commit: the merged site is queued to be taken down
		await().atMost(SOON).untilAsserted(() -> assertThat(jdbc.sql(
				"SELECT count(*) FROM publish_job WHERE site_id = ? AND kind = 'TAKEDOWN'").param(site.id().value())
			.query(Long.class).single()).isEqualTo(1));
	}

	@Test
	void aSeriousFindingAndATamperIncidentReachTheDutyDeskAndTheRestoreResolvesIt() {
		var portal = sites.findBySiteCode("9901000001").orElseThrow();
		var finding = java.util.UUID.randomUUID();
		var incident = java.util.UUID.randomUUID();
		var now = java.time.Instant.now();
		tx.executeWithoutResult(status -> {
			publisher.publishEvent(new FindingOpened(finding, portal.id(), portal.name(), Check.HIDDEN_LINKS, "HIDDEN_LINK",
					Severity.SERIOUS, "https://casino.example.com/", "隐藏链接：澳门百家乐", now));
			publisher.publishEvent(new IncidentOpened(incident, portal.id(), portal.name(), IncidentLifecycle.Cause.TAMPER,
					"2 个文件与发布版本不一致", now));
		});
		await().atMost(SOON).untilAsserted(() -> {
			assertThat(alert(finding)).isEqualTo(portal.name() + " 发现严重问题（隐藏链接）");
			assertThat(alert(incident)).isEqualTo(portal.name() + " 网页篡改");
		});
		tx.executeWithoutResult(status -> publisher.publishEvent(new IncidentClosed(incident, portal.id(), portal.name(),
				IncidentLifecycle.Cause.TAMPER, now.plusSeconds(60))));
		await().atMost(SOON).untilAsserted(() -> assertThat(jdbc.sql("SELECT status FROM duty_alert WHERE source_id = ?")
			.param(incident).query(String.class).single()).isNotIn("OPEN", "RAISED"));
	}

	@Test
	void aNewColumnOfABuiltSiteIsPublishedWithTheSite() {
		var portal = sites.findBySiteCode("9901000001").orElseThrow();
		var api = new Api(port);
		var admin = api.token("admin", "GovSite@2026");
		api.post(admin, "/api/v1/sites/" + portal.id().value() + "/rebuild", java.util.Map.of());
		await().atMost(SOON).until(() -> "DONE".equals(api.get(admin, "/api/v1/sites/" + portal.id().value() + "/rebuild")
			.body().get("status").asString()));
		var slug = "scenario-" + java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000, 99_999);
		as("admin", () -> columns.create(new org.govsite.content.ColumnForm(portal.id(), null, null, "情景测试栏目", slug, null,
				null, org.govsite.content.ColumnKind.LIST, null, org.govsite.content.UpdateClass.DYNAMIC, null, true, false, 90,
				null)));
		assertThat(events.stream(org.govsite.content.ColumnChanged.class).filter(e -> e.siteId().equals(portal.id())).count())
			.isPositive();
		// publishing hears it after the commit and rebuilds the site: the column's page is published
		await().atMost(SOON).untilAsserted(() -> assertThat(jdbc.sql(
				"SELECT count(*) FROM publish_manifest WHERE site_id = ? AND starts_with(path, ?)")
			.params(portal.id().value(), slug + "/").query(Long.class).single()).isPositive());
	}

	@Test
	void theSupervisorsToDoHearsOfNewSitesAssessmentsEscalationsAndLateReportsOnceEach() {
		var code = "99019" + java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000, 99_999);
		var sponsor = sites.findBySiteCode("9901000001").orElseThrow().sponsorUnitId();
		var site = as("admin", () -> sites.register(new SiteForm("示例自治州待办测试网站" + code.substring(5), SiteType.SPECIAL,
				code, "db" + code.substring(5) + ".shilizhou.gov.cn", List.of(), sponsor, null,
				"示ICP备" + code.substring(4) + "号", "示公网安备9901" + code + "号", (short) 2)));
		assertThat(events.stream(org.govsite.site.SiteRegistered.class).map(e -> e.siteId()).toList()).contains(site.id());

		var portal = sites.findBySiteCode("9901000001").orElseThrow().id();
		var request = new org.govsite.disclosure.DisclosureRequestId(java.util.UUID.randomUUID());
		var today = java.time.LocalDate.now();
		tx.executeWithoutResult(status -> {
			publisher.publishEvent(new org.govsite.assessment.AssessmentCompleted(
					new org.govsite.assessment.AssessmentId(java.util.UUID.randomUUID()), today.minusDays(30), today, 12, 2));
			publisher.publishEvent(new org.govsite.disclosure.DisclosureRequestEscalated(request, portal, "YSQ" + code,
					today.minusDays(1), java.time.Instant.now()));
			publisher.publishEvent(new org.govsite.reports.AnnualReportDue(portal, 1999, today, "DUE"));
			publisher.publishEvent(new org.govsite.reports.AnnualReportDue(portal, 1999, today, "OVERDUE"));
			publisher.publishEvent(new org.govsite.reports.AnnualReportDue(portal, 1999, today, "OVERDUE"));
			publisher.publishEvent(new org.govsite.disclosure.DisclosureReportDue(portal, 1999, today, true));
		});

		var api = new Api(port);
		var supervisor = api.token("supervisor", "GovSite@2026");
		await().atMost(SOON).untilAsserted(() -> assertThat(api.get(supervisor, "/api/v1/supervision/notices").body()
			.valueStream().map(n -> n.get("summary").asString()).toList())
			.contains("「示例自治州待办测试网站" + code.substring(5) + "」提交了开办申请（专项网站），等待审批",
					"「示例自治州人民政府门户网站」的政府信息公开申请（查询码 YSQ" + code + "）已超过法定期限 " + today.minusDays(1) + " 未答复",
					"「示例自治州人民政府门户网站」1999 年度政府网站工作年度报表逾期未发布（期限 " + today + "）",
					"「示例自治州人民政府门户网站」1999 年政府信息公开工作年度报告逾期未发布（期限 " + today + "）")
			.anyMatch(summary -> summary.startsWith("评估完成（" + today.minusDays(30) + " 至 " + today + "）：共 12 个网站，不合格 2 个")));
		// the first reminder is the site's, and a repeated event keeps one notice
		assertThat(jdbc.sql("SELECT count(*) FROM supervision_notice WHERE dedupe_key LIKE ?")
			.param("annual-report:" + portal + ":1999:%").query(Long.class).single()).isEqualTo(1);

		var notice = api.get(supervisor, "/api/v1/supervision/notices").body().valueStream()
			.filter(n -> n.get("summary").asString().contains("YSQ" + code)).findFirst().orElseThrow();
		assertThat(notice.get("href").asString()).isEqualTo("/disclosure/requests/" + request.value());
		assertThat(api.post(supervisor, "/api/v1/supervision/notices/" + notice.get("id").asString() + "/done", java.util.Map.of())
			.status()).isEqualTo(204);
		assertThat(api.get(supervisor, "/api/v1/supervision/notices").body().valueStream()
			.noneMatch(n -> n.get("id").asString().equals(notice.get("id").asString()))).isTrue();
		assertThat(api.get(api.token("editor", "GovSite@2026"), "/api/v1/supervision/notices").status()).isEqualTo(403);
	}

	private String alert(java.util.UUID source) {
		return jdbc.sql("SELECT title FROM duty_alert WHERE source_id = ?").param(source).query(String.class).optional().orElse("");
	}

	private <T> T as(String username, Supplier<T> work) {
		var user = accounts.findByUsername(username).flatMap(view -> accounts.currentPrincipal(view.id())).orElseThrow();
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}

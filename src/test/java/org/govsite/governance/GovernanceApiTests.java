package org.govsite.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.govsite.shared.BeijingTime;
import org.govsite.support.Api;
import org.govsite.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Vendors and governance records through the API on the demo prefecture: contracts and qualifications are reminded
 * once when they come within 30 days of expiry, a vendor's linked account never gets an editor role, the leader in
 * charge keeps its history, a unit reads only its own governance, the yearly meeting is reminded from 1 November,
 * follow-up actions run on the working-day calendar, and bad input is a 4xx problem, never a 500.
 */
@GovernanceContext
class GovernanceApiTests {

	static final String PASSWORD = "GovSite@2026";

	@LocalServerPort int port;
	@Autowired MutableClock clock;
	@Autowired GovernanceWatch watch;
	@Autowired JdbcClient jdbc;

	void moveTo(String day) {
		var target = LocalDate.parse(day).atTime(9, 0).atZone(BeijingTime.ZONE).toInstant();
		clock.advance(Duration.between(clock.instant(), target));
	}

	String unitId(Api api, String token, String name) {
		for (var unit : api.get(token, "/api/v1/units").body()) {
			if (unit.get("name").asString().equals(name)) {
				return unit.get("id").asString();
			}
		}
		throw new AssertionError("no unit " + name);
	}

	String userId(Api api, String token, String username) {
		for (var user : api.get(token, "/api/v1/users").body()) {
			if (user.get("username").asString().equals(username)) {
				return user.get("id").asString();
			}
		}
		throw new AssertionError("no user " + username);
	}

	String siteId(Api api, String token, String code) {
		for (var site : api.get(token, "/api/v1/sites").body()) {
			if (code.equals(site.path("siteCode").asString(""))) {
				return site.get("id").asString();
			}
		}
		throw new AssertionError("no site " + code);
	}

	/** The reminders of a kind about one contract or qualification number (the demo has records of its own). */
	List<String> reminders(String kind, String number) {
		return reminders(kind).stream().filter(summary -> summary.contains(number)).toList();
	}

	long remindedAudits() {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'GOVERNANCE_REMINDED' "
				+ "AND target_type IN ('contract_expiring', 'qualification_expiring', 'review_due')").query(Long.class).single();
	}

	static long expiries(JsonNode record, String expiry) {
		return record.get("contracts").valueStream().filter(c -> c.get("expiry").asString().equals(expiry)).count()
				+ record.get("qualifications").valueStream().filter(q -> q.get("expiry").asString().equals(expiry)).count();
	}

	List<String> reminders(String kind) {
		return jdbc.sql("SELECT summary FROM governance_reminder WHERE kind = ? ORDER BY raised_at, summary")
			.param(kind).query(String.class).list();
	}

	@Test
	void vendorRecordsAreRemindedOnceBeforeExpiryAndVendorAccountsNeverEdit() {
		moveTo("2026-06-01");
		var api = new Api(port);
		var admin = api.token("admin", PASSWORD);
		var vendorId = unitId(api, admin, "示例信息技术有限公司");
		var portal = siteId(api, admin, "9901000001");
		// the demo seeds the vendor's own contract and qualification (due in late 2026 or later, so never within 30
		// days of the June and July days this test moves to); count only what this test writes
		long vendorAuditsBefore = jdbc.sql("SELECT count(*) FROM audit_entry WHERE action LIKE 'VENDOR_%'")
			.query(Long.class).single();

		var contract = api.post(admin, "/api/v1/vendors/" + vendorId + "/contracts", Map.of("contractNo", "SLZ-YW-2025-01",
				"scope", "门户网站运行维护", "qualityDuties", "7×24 小时响应，故障 2 小时内恢复", "securityDuties",
				"落实等级保护要求，不得接触未公开信息", "validFrom", "2025-06-21", "validTo", "2026-06-20", "siteIds", List.of(portal)));
		assertThat(contract.status()).as(contract.raw()).isEqualTo(201);
		assertThat(contract.body().get("expiry").asString()).isEqualTo("EXPIRING");
		assertThat(contract.body().get("sites").get(0).get("name").asString()).isEqualTo("示例自治州人民政府门户网站");
		var duplicate = api.post(admin, "/api/v1/vendors/" + vendorId + "/contracts", Map.of("contractNo", "SLZ-YW-2025-01",
				"scope", "再次登记", "qualityDuties", "同上", "securityDuties", "同上", "validFrom", "2025-06-21", "validTo",
				"2026-06-20", "siteIds", List.of(portal)));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.detail()).isEqualTo("合同编号「SLZ-YW-2025-01」已登记");
		var backwards = api.post(admin, "/api/v1/vendors/" + vendorId + "/contracts", Map.of("contractNo", "X-1", "scope",
				"运维", "qualityDuties", "质量", "securityDuties", "安全", "validFrom", "2026-06-01", "validTo", "2026-05-01"));
		assertThat(backwards.status()).isEqualTo(422);
		assertThat(backwards.body().get("reasons").toString()).contains("合同终止日期不能早于起始日期", "请选择合同覆盖的网站");
		assertThat(api.post(admin, "/api/v1/vendors/" + vendorId + "/contracts", Map.of("contractNo", "X-2",
				"validFrom", "2026-13-01")).status()).isEqualTo(400);
		assertThat(api.post(admin, "/api/v1/vendors/" + vendorId + "/qualifications", Map.of("name", "信息系统安全运维服务资质",
				"number", "CCRC-2024-ISV-0001", "expiresOn", "2026-08-01")).status()).isEqualTo(201);
		var noName = api.post(admin, "/api/v1/vendors/" + vendorId + "/qualifications", Map.of("number", "1"));
		assertThat(noName.status()).isEqualTo(422);
		assertThat(noName.detail()).isEqualTo("请填写资质名称");
		assertThat(api.post(admin, "/api/v1/vendors/" + portal + "/qualifications", Map.of("name", "x", "number", "1"))
			.status()).isEqualTo(404);

		// the vendor's person is linked to its platform account; that account still never gets an editor role
		var vendorAccount = userId(api, admin, "vendor");
		var person = api.post(admin, "/api/v1/vendors/" + vendorId + "/personnel",
				Map.of("name", "刘工", "role", "驻场运维工程师", "phone", "13900001111", "userId", vendorAccount));
		assertThat(person.status()).as(person.raw()).isEqualTo(201);
		assertThat(person.body().get("username").asString()).isEqualTo("vendor");
		var notOurs = api.post(admin, "/api/v1/vendors/" + vendorId + "/personnel",
				Map.of("name", "王五", "role", "编辑", "userId", userId(api, admin, "editor")));
		assertThat(notOurs.status()).isEqualTo(422);
		assertThat(notOurs.detail()).isEqualTo("关联账号须为「示例信息技术有限公司」的平台账号");
		var security = api.token("security", PASSWORD);
		var editorGrant = api.post(security, "/api/v1/users/" + vendorAccount + "/roles",
				Map.of("role", "EDITOR", "siteId", portal));
		assertThat(editorGrant.status()).isEqualTo(422);
		assertThat(editorGrant.detail()).contains("服务厂商人员不得承担信息采编、审核和发布工作（办法第十九条），不能授予「编辑」角色");
		assertThat(api.post(security, "/api/v1/users/" + vendorAccount + "/roles",
				Map.of("role", "FINAL_REVIEWER", "siteId", portal)).status()).isEqualTo(422);

		// who reads and writes
		var vendor = api.token("vendor", PASSWORD);
		assertThat(api.get(vendor, "/api/v1/vendors/" + vendorId).status()).isEqualTo(200);
		assertThat(api.get(vendor, "/api/v1/vendors").body()).hasSize(1);
		var vendorWrites = api.post(vendor, "/api/v1/vendors/" + vendorId + "/qualifications", Map.of("name", "x", "number", "1"));
		assertThat(vendorWrites.status()).isEqualTo(403);
		assertThat(vendorWrites.detail()).isEqualTo("只有州大数据中心的运维管理人员或系统管理员才能维护服务厂商信息");
		var editor = api.token("editor", PASSWORD);
		assertThat(api.get(editor, "/api/v1/vendors/" + vendorId).detail()).isEqualTo("无权查看其他服务厂商的信息");
		assertThat(api.get(api.token("supervisor", PASSWORD), "/api/v1/vendors/" + vendorId).status()).isEqualTo(200);

		var failedWithoutNotes = api.post(admin, "/api/v1/vendors/" + vendorId + "/reviews",
				Map.of("reviewedOn", "2026-05-30", "result", "FAILED", "reviewer", "李强"));
		assertThat(failedWithoutNotes.status()).isEqualTo(422);
		assertThat(failedWithoutNotes.detail()).isEqualTo("评审结论为「不合格」时须填写评审意见");
		assertThat(api.post(admin, "/api/v1/vendors/" + vendorId + "/reviews",
				Map.of("reviewedOn", "2026-05-30", "result", "SOMETIMES", "reviewer", "李强")).status()).isEqualTo(400);

		// the daily watch: the contract is within 30 days, the qualification not yet; no review in a year
		long remindedBefore = remindedAudits();
		watch.run();
		watch.run();
		assertThat(reminders(GovernanceWatch.CONTRACT_EXPIRING, "SLZ-YW-2025-01"))
			.containsExactly("服务厂商「示例信息技术有限公司」合同 SLZ-YW-2025-01 将于 2026-06-20 到期，请及时续签或更换服务厂商");
		assertThat(reminders(GovernanceWatch.QUALIFICATION_EXPIRING, "CCRC-2024-ISV-0001")).isEmpty();
		assertThat(reminders(GovernanceWatch.REVIEW_DUE)).hasSize(1);
		moveTo("2026-07-03");
		admin = api.token("admin", PASSWORD);
		watch.run();
		assertThat(reminders(GovernanceWatch.QUALIFICATION_EXPIRING, "CCRC-2024-ISV-0001")).containsExactly(
				"服务厂商「示例信息技术有限公司」资质 信息系统安全运维服务资质（CCRC-2024-ISV-0001） 将于 2026-08-01 到期，请督促更新");
		assertThat(reminders(GovernanceWatch.CONTRACT_EXPIRING, "SLZ-YW-2025-01")).hasSize(1);
		assertThat(remindedAudits()).isEqualTo(remindedBefore + 3);
		var shown = api.get(admin, "/api/v1/vendors/reminders").body().toString();
		assertThat(shown).contains("SLZ-YW-2025-01", "CCRC-2024-ISV-0001");
		// this test's contract has ended and its qualification is expiring; the list's counts agree with the record
		// (which also holds the demo's own contract and qualification)
		var record = api.get(admin, "/api/v1/vendors/" + vendorId).body();
		assertThat(record.get("contracts").valueStream().filter(c -> c.get("contractNo").asString().equals("SLZ-YW-2025-01"))
			.map(c -> c.get("expiry").asString())).containsExactly("EXPIRED");
		assertThat(record.get("qualifications").valueStream()
			.filter(q -> q.get("number").asString().equals("CCRC-2024-ISV-0001")).map(q -> q.get("expiry").asString()))
			.containsExactly("EXPIRING");
		var summary = api.get(admin, "/api/v1/vendors").body().get(0);
		assertThat(summary.get("expired").asLong()).isEqualTo(expiries(record, "EXPIRED"));
		assertThat(summary.get("expiring").asLong()).isEqualTo(expiries(record, "EXPIRING"));
		assertThat(summary.get("reviewDue").asBoolean()).isTrue();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action LIKE 'VENDOR_%'").query(Long.class).single())
			.isEqualTo(vendorAuditsBefore + 3);
	}

	@Test
	void leaderHistoryMeetingsAndFollowUpsOfAUnit() {
		moveTo("2026-06-10");
		var api = new Api(port);
		var siteAdmin = api.token("siteadmin", PASSWORD);
		var office = unitId(api, siteAdmin, "示例自治州人民政府办公室");
		var education = unitId(api, siteAdmin, "示例自治州教育局");
		var base = "/api/v1/units/" + office + "/governance";

		assertThat(api.put(siteAdmin, base + "/leader", Map.of("name", "张三", "title", "副秘书长", "from", "2026-03-01"))
			.status()).isEqualTo(200);
		var earlier = api.put(siteAdmin, base + "/leader", Map.of("name", "李四", "from", "2026-02-01"));
		assertThat(earlier.status()).isEqualTo(422);
		assertThat(earlier.detail()).isEqualTo("新任分管负责人的任职日期须晚于现任分管负责人张三的任职日期 2026-03-01");
		assertThat(api.put(siteAdmin, base + "/leader", Map.of("name", "李四", "title", "秘书长", "from", "2026-06-01"))
			.status()).isEqualTo(200);
		var view = api.get(siteAdmin, base).body();
		assertThat(view.get("leader").get("name").asString()).isEqualTo("李四");
		var leaders = view.get("leaders");
		assertThat(leaders).hasSize(2);
		assertThat(leaders.get(1).get("name").asString()).isEqualTo("张三");
		assertThat(leaders.get(1).get("to").asString()).isEqualTo("2026-05-31");
		assertThat(leaders.get(0).get("to").isNull()).isTrue();
		assertThat(api.get(siteAdmin, "/api/v1/units/" + office).body().get("leaderInCharge").asString()).isEqualTo("李四");
		assertThat(api.put(siteAdmin, base + "/leader", Map.of("name", "王五", "from", "六月一日")).status()).isEqualTo(400);

		// a unit reads only its own governance; the supervisor reads all; only the unit's site administrator writes
		var vendor = api.token("vendor", PASSWORD);
		var foreign = api.get(vendor, base);
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(foreign.detail()).isEqualTo("只能查看本单位的网站管理机制");
		assertThat(api.get(siteAdmin, "/api/v1/units/" + education + "/governance").status()).isEqualTo(403);
		var supervisor = api.token("supervisor", PASSWORD);
		assertThat(api.get(supervisor, base).status()).isEqualTo(200);
		var editor = api.token("editor", PASSWORD);
		assertThat(api.get(editor, base).status()).isEqualTo(200);
		var editorWrites = api.post(editor, base + "/staff", Map.of("name", "赵六", "duty", "信息发布"));
		assertThat(editorWrites.status()).isEqualTo(403);
		assertThat(editorWrites.detail()).isEqualTo("只有本单位的站点管理员或系统管理员才能维护本单位的网站管理机制");
		assertThat(api.get(siteAdmin, "/api/v1/units/not-a-unit/governance").status()).isEqualTo(404);

		// staff and budget lines
		assertThat(api.post(siteAdmin, base + "/staff", Map.of("name", "赵六", "duty", "门户网站信息发布与运维联络"))
			.status()).isEqualTo(201);
		var tooPrecise = api.post(siteAdmin, base + "/budget", Map.of("year", 2026, "amount", "120000.005", "purpose", "运维"));
		assertThat(tooPrecise.status()).isEqualTo(422);
		assertThat(tooPrecise.detail()).isEqualTo("预算金额最多精确到分（两位小数）");
		assertThat(api.post(siteAdmin, base + "/budget", Map.of("year", 2026, "amount", "十二万", "purpose", "运维"))
			.status()).isEqualTo(400);
		var budget = api.post(siteAdmin, base + "/budget", Map.of("year", 2026, "amount", "120000.50", "purpose", "门户网站运维"));
		assertThat(budget.status()).as(budget.raw()).isEqualTo(201);
		assertThat(budget.body().get("amountFen").asLong()).isEqualTo(12_000_050L);

		// a coordination meeting's follow-up action: due 10 working days later (端午 19 June is not one)
		var meeting = api.post(siteAdmin, base + "/coordination-meetings", Map.of("heldOn", "2026-06-10", "topic",
				"政府网站舆情回应协调", "participants", "州政府办、州委网信办、州公安局"));
		assertThat(meeting.status()).as(meeting.raw()).isEqualTo(201);
		var actions = base + "/coordination-meetings/" + meeting.body().get("id").asString() + "/actions";
		var action = api.post(siteAdmin, actions, Map.of("action", "教育局网站补充招生政策解读", "ownerUnitId", education,
				"workingDays", 10));
		assertThat(action.status()).as(action.raw()).isEqualTo(201);
		assertThat(action.body().get("dueOn").asString()).isEqualTo("2026-06-25");
		assertThat(action.body().get("status").asString()).isEqualTo("OPEN");
		var tooLong = api.post(siteAdmin, actions, Map.of("action", "x", "ownerUnitId", education, "workingDays", 400));
		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(tooLong.detail()).isEqualTo("办理时限须在 1 至 366 个工作日之间");
		var transitions = "/api/v1/governance/actions/" + action.body().get("id").asString() + "/transitions";
		var cancel = api.post(siteAdmin, transitions, Map.of("action", "CANCEL"));
		assertThat(cancel.status()).isEqualTo(422);
		assertThat(cancel.detail()).isEqualTo("取消跟进事项须写明原因");
		assertThat(api.post(vendor, transitions, Map.of("action", "COMPLETE")).status()).isEqualTo(403);
		var done = api.post(siteAdmin, transitions, Map.of("action", "COMPLETE", "note", "已发布解读"));
		assertThat(done.status()).as(done.raw()).isEqualTo(200);
		assertThat(done.body().get("status").asString()).isEqualTo("DONE");
		var again = api.post(siteAdmin, transitions, Map.of("action", "COMPLETE"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.detail()).isEqualTo("跟进事项当前状态为「已办结」，不能办结");
		assertThat(api.post(siteAdmin, transitions, Map.of("action", "ARCHIVE")).status()).isEqualTo(400);

		// the yearly meeting: nothing is reminded in October; from 1 November every unit without one is
		moveTo("2026-10-31");
		siteAdmin = api.token("siteadmin", PASSWORD);
		var blank = api.post(siteAdmin, base + "/meetings", Map.of("heldOn", "2026-10-20"));
		assertThat(blank.status()).isEqualTo(422);
		assertThat(blank.body().get("reasons").toString()).contains("请填写参会人员", "请填写会议纪要");
		assertThat(api.post(siteAdmin, base + "/meetings", Map.of("heldOn", "2026-10-20", "attendees", "李四、赵六",
				"minutes", "研究部署门户网站年度工作。", "decisions", "年底前完成栏目梳理。")).status()).isEqualTo(201);
		watch.run();
		assertThat(reminders(GovernanceWatch.MEETING_MISSING)).isEmpty();
		moveTo("2026-11-02");
		watch.run();
		watch.run();
		var missing = reminders(GovernanceWatch.MEETING_MISSING);
		assertThat(missing).contains("「示例自治州教育局」2026年尚未登记网站工作专题会议纪要，请于年底前召开（办法第二十条）");
		assertThat(missing).noneMatch(s -> s.contains("示例自治州人民政府办公室"));
		assertThat(missing).doesNotHaveDuplicates();

		supervisor = api.token("supervisor", PASSWORD);
		var overview = api.get(supervisor, "/api/v1/governance/overview").body();
		var withoutMeeting = new ArrayList<String>();
		for (JsonNode line : overview) {
			if (!line.get("meetingThisYear").asBoolean()) {
				withoutMeeting.add(line.get("unitName").asString());
			}
		}
		assertThat(withoutMeeting).contains("示例自治州教育局").doesNotContain("示例自治州人民政府办公室");
		assertThat(api.get(api.token("siteadmin", PASSWORD), "/api/v1/governance/overview").status()).isEqualTo(403);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action IN ('GOVERNANCE_LEADER_SET', "
				+ "'GOVERNANCE_MEETING_RECORDED', 'GOVERNANCE_STAFF_ADDED', 'GOVERNANCE_BUDGET_ADDED', "
				+ "'COORDINATION_MEETING_RECORDED', 'COORDINATION_ACTION_ADDED', 'COORDINATION_ACTION_DONE')")
			.query(Long.class).single()).isEqualTo(8);
	}
}

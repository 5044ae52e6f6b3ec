package org.govsite.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.govsite.iam.CurrentUser;
import org.govsite.iam.CurrentUser.Grant;
import org.govsite.iam.Role;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.unit.UnitId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The catalogue's rules and the case-volume file without Spring. */
class ServiceRulesTests {

	static final UUID OFFICE = UUID.randomUUID();
	static final UUID HEALTH = UUID.randomUUID();
	static final SiteId PORTAL = new SiteId(UUID.randomUUID());
	static final SiteId OTHER = new SiteId(UUID.randomUUID());

	static CurrentUser user(UUID unit, Role role, @Nullable SiteId site) {
		return new CurrentUser(UUID.randomUUID(), "u", "用户", unit, List.of(new Grant(role, site == null ? null : site.value())),
				false, 0);
	}

	static ServiceItemForm form(@Nullable String name, @Nullable Boolean online, @Nullable String onlineUrl) {
		return new ServiceItemForm(OFFICE.toString(), "教育", "NATURAL_PERSON", name, null, null, null, null, null, null,
				null, null, null, online, onlineUrl, null, null, null);
	}

	@Test
	void aGuideElementIsMissingWhenBlankOrInvisible() {
		var form = new ServiceItemForm(null, null, null, "名称", " ", "\u200B", "材料", null, "机构", "不收费", "全天",
				"0999-1", "流程", null, null, null, null, null);
		assertThat(ServiceRules.missingElements(e -> ServiceRules.element(form, e)))
			.containsExactly("设定依据", "申请条件", "办理地点");
	}

	@Test
	void anOnlineItemNeedsAnAbsoluteHttpLink() {
		assertThat(ServiceRules.formReasons(form("转学", true, null)))
			.containsExactly("可在线办理的事项请填写省政务服务平台的办理链接");
		assertThat(ServiceRules.formReasons(form("转学", true, "/local/path")))
			.containsExactly("在线办理链接应为以 http:// 或 https:// 开头的完整网址");
		assertThat(ServiceRules.formReasons(form("转学", true, "javascript:alert(1)")))
			.containsExactly("在线办理链接应为以 http:// 或 https:// 开头的完整网址");
		assertThat(ServiceRules.formReasons(form("转学", true, "https://zwfw.example.gov.cn/1"))).isEmpty();
		assertThat(ServiceRules.formReasons(form(" ", false, null))).containsExactly("请填写事项名称");
	}

	@Test
	void unitEditorsSiteAdministratorsAndTheSystemAdministratorWriteVendorsNever() {
		var unit = new UnitId(OFFICE);
		assertThat(ServiceRules.writeRefusal(user(OFFICE, Role.EDITOR, OTHER), PORTAL, unit)).isNull();
		assertThat(ServiceRules.writeRefusal(user(HEALTH, Role.EDITOR, PORTAL), PORTAL, unit))
			.isEqualTo("只有事项主办单位的编辑、本网站的站点管理员或系统管理员才能编辑服务事项");
		assertThat(ServiceRules.writeRefusal(user(HEALTH, Role.SITE_ADMIN, PORTAL), PORTAL, unit)).isNull();
		assertThat(ServiceRules.writeRefusal(user(HEALTH, Role.SITE_ADMIN, OTHER), PORTAL, unit)).isNotNull();
		assertThat(ServiceRules.writeRefusal(user(HEALTH, Role.SYSTEM_ADMIN, null), PORTAL, unit)).isNull();
		assertThat(ServiceRules.writeRefusal(user(OFFICE, Role.SUPERVISOR, null), PORTAL, unit)).isNotNull();
		assertThat(ServiceRules.writeRefusal(user(OFFICE, Role.VENDOR_STAFF, null), PORTAL, unit))
			.isEqualTo("运维厂商人员不能编辑服务事项");
	}

	@Test
	void aCaseVolumeFileNeedsItsHeaderAndRefusesRepeatedLines() {
		var item = UUID.randomUUID();
		assertThatThrownBy(() -> read("名称,年份\r\n转学,2025\r\n", item)).isInstanceOfSatisfying(Refusal.class,
				r -> assertThat(r.reasons()).containsExactly("第 1 行：表头缺少「事项名称」或「事项编号」列",
						"第 1 行：表头缺少「自然人办件量」列", "第 1 行：表头缺少「法人办件量」列"));
		assertThatThrownBy(() -> read("事项名称,年份,自然人办件量,法人办件量\n转学,2025,1,2\n转学,2025,3,4\n转学,2031,1,1\n", item))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.reasons()).containsExactly(
					"第 3 行：同一事项 2025 年的办件量在文件中出现了两次", "第 4 行：年份应在 2000 年至 2026 年之间"));
		var lines = read("\uFEFF事项编号,年份,自然人办件量,法人办件量\n" + item + ",2026,\"1,200\",0\n\n", item);
		assertThat(lines).containsExactly(new CaseVolumeSheet.Line(2, item, 2026, 1200, 0));
	}

	@Test
	void csvCellsMayBeQuoted() {
		assertThat(CaseVolumeSheet.csv("a,\"b,\"\"c\"\"\"\r\nd".getBytes(StandardCharsets.UTF_8)))
			.containsExactly(List.of("a", "b,\"c\""), List.of("d"));
	}

	static List<CaseVolumeSheet.Line> read(String csv, UUID item) {
		return CaseVolumeSheet.read("x.csv", csv.getBytes(StandardCharsets.UTF_8),
				(id, name) -> "转学".equals(name) || item.toString().equals(id) ? item : null, 2026);
	}
}

package org.govsite.demo;

import java.nio.charset.StandardCharsets;

import org.govsite.services.ServiceCatalogue;
import org.govsite.services.ServiceItemForm;
import org.govsite.site.SiteId;
import org.govsite.site.Sites;
import org.govsite.unit.UnitId;
import org.govsite.unit.Units;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A handful of service items on the demo portal, entered by its site administrator: most guides complete, two
 * incomplete (one lacking two elements, one lacking four) so that the check has something to show, and last year's
 * case volumes.
 */
@Component
class DemoServices {

	private static final String PROVINCE = "https://zwfw.example.gov.cn/item/";

	private final Sites sites;
	private final Units units;
	private final ServiceCatalogue catalogue;
	private final DemoUsers users;

	DemoServices(Sites sites, Units units, ServiceCatalogue catalogue, DemoUsers users) {
		this.sites = sites;
		this.units = units;
		this.catalogue = catalogue;
		this.users = users;
	}

	void load() {
		var portal = sites.findBySiteCode("9901000001").orElseThrow().id();
		var office = units.findByName("示例自治州人民政府办公室").orElseThrow().id();
		var health = units.findByName("示例自治州卫生健康委员会").orElseThrow().id();
		users.run("siteadmin", () -> {
			item(portal, office, "社会保障", "NATURAL_PERSON", "城乡居民基本养老保险参保登记", "《中华人民共和国社会保险法》第二十条",
					"年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的城乡居民", "居民身份证或户口簿",
					"州政务服务中心一楼社保窗口", "示例自治州社会保险事业管理局", "不收费", "工作日 9:00—12:00，13:30—17:00", "0999-1234501",
					"申请→受理→审核→办结", PROVINCE + "1001");
			item(portal, office, "户籍", "NATURAL_PERSON", "居民身份证换领", "《中华人民共和国居民身份证法》第十一条",
					"居民身份证有效期满或登记项目有误", "原居民身份证、户口簿", "各派出所户籍窗口", "示例自治州公安局各派出所",
					"20元（工本费）", "工作日 9:00—17:00", "0999-1234502", "申请→采集照片和指纹→审核→制证→领取", null);
			item(portal, office, "教育", "NATURAL_PERSON", "义务教育阶段学生转学", "《中华人民共和国义务教育法》第十二条",
					"因户籍迁移或监护人工作调动需要转学", "转学申请表、户口簿或工作调动证明", "转入学校", "示例自治州教育局基础教育科",
					null, null, "0999-1234503", "转入学校同意→转出学校办理→教育局审核", PROVINCE + "1003");
			item(portal, health, "医疗卫生", "NATURAL_PERSON", "医师执业注册", "《中华人民共和国医师法》第十三条",
					"取得医师资格，经执业医疗机构同意", "医师执业注册申请审核表、近6个月内的健康体检证明", "州政务服务中心二楼卫健窗口",
					"示例自治州卫生健康委员会", "不收费", "工作日 9:00—17:00", "0999-1234504", "网上申请→受理→审核→发证",
					PROVINCE + "1004");
			item(portal, health, "医疗卫生", "LEGAL_PERSON", "母婴保健技术服务机构执业许可", null,
					"具备与所开展技术相适应的卫生技术人员和设备", "申请书、医疗机构执业许可证", "州政务服务中心二楼卫健窗口",
					"示例自治州卫生健康委员会", null, null, "0999-1234505", null, PROVINCE + "1005");
			var csv = "事项名称,年份,自然人办件量,法人办件量\r\n城乡居民基本养老保险参保登记,2025,1260,0\r\n居民身份证换领,2025,3480,0\r\n"
					+ "义务教育阶段学生转学,2025,215,0\r\n医师执业注册,2025,96,0\r\n母婴保健技术服务机构执业许可,2025,0,7\r\n";
			catalogue.importCaseVolumes(portal, "2025年办件量.csv", csv.getBytes(StandardCharsets.UTF_8));
		});
	}

	private void item(SiteId site, UnitId unit, String theme, String object, String name, @Nullable String basis,
			@Nullable String conditions, @Nullable String materials, @Nullable String location, @Nullable String agency,
			@Nullable String fees, @Nullable String hours, @Nullable String phone, @Nullable String process,
			@Nullable String onlineUrl) {
		catalogue.create(site, new ServiceItemForm(unit.value().toString(), theme, object, name, basis, conditions,
				materials, location, agency, fees, hours, phone, process, onlineUrl != null, onlineUrl,
				onlineUrl == null ? null : onlineUrl + "/forms", onlineUrl == null ? null : "申请表格及填写样表见省政务服务平台本事项页面",
				null));
	}
}

package org.govsite.services;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.SafeUrl;
import org.govsite.shared.Text;
import org.govsite.site.SiteId;
import org.govsite.unit.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the service catalogue (Art. 12), one method each, every reason a Chinese sentence: what a service item
 * must hold to be saved, which guide elements it lacks, and who may write it.
 */
final class ServiceRules {

	static final int NAME_MAX = 200;
	static final int ELEMENT_MAX = 5000;
	static final int NOTE_MAX = 500;

	private ServiceRules() {
	}

	/** Every reason the form cannot be saved (the guide elements themselves may be blank, except the name). */
	static List<String> formReasons(ServiceItemForm form) {
		var reasons = new ArrayList<String>();
		if (Text.blankToNull(form.unitId()) == null) {
			reasons.add("请选择事项的主办单位");
		}
		if (Text.blankToNull(form.theme()) == null) {
			reasons.add("请选择事项主题");
		}
		else if (!ServiceThemes.ALL.contains(form.theme().strip())) {
			reasons.add("主题「" + form.theme().strip() + "」不在可选范围内（" + String.join("、", ServiceThemes.ALL) + "）");
		}
		if (serviceObject(form.serviceObject()) == null) {
			reasons.add("请选择服务对象（自然人、法人或两者）");
		}
		if (Text.visiblyBlank(form.name())) {
			reasons.add("请填写事项名称");
		}
		else if (form.name().strip().length() > NAME_MAX) {
			reasons.add("事项名称不能超过 " + NAME_MAX + " 个字");
		}
		for (var element : GuideElement.values()) {
			var text = element(form, element);
			if (element != GuideElement.NAME && text != null && text.length() > ELEMENT_MAX) {
				reasons.add(element.label() + "不能超过 " + ELEMENT_MAX + " 个字");
			}
		}
		boolean online = Boolean.TRUE.equals(form.online());
		var onlineUrl = Text.blankToNull(form.onlineUrl());
		if (online && onlineUrl == null) {
			reasons.add("可在线办理的事项请填写省政务服务平台的办理链接");
		}
		if (onlineUrl != null && !SafeUrl.absoluteHttp(onlineUrl)) {
			reasons.add("在线办理链接应为以 http:// 或 https:// 开头的完整网址");
		}
		var formsUrl = Text.blankToNull(form.formsUrl());
		if (formsUrl != null && !SafeUrl.allowed(formsUrl)) {
			reasons.add("表格下载链接应为以 http:// 或 https:// 开头的网址，或本站以 / 开头的路径");
		}
		if (form.formsNote() != null && form.formsNote().strip().length() > NOTE_MAX) {
			reasons.add("表格说明不能超过 " + NOTE_MAX + " 个字");
		}
		return reasons;
	}

	/** The guide element classes the item lacks, in the order of the national indicators. */
	static List<String> missingElements(Function<GuideElement, @Nullable String> texts) {
		return Arrays.stream(GuideElement.values()).filter(e -> Text.visiblyBlank(texts.apply(e)))
			.map(GuideElement::label).toList();
	}

	/**
	 * Who may write an item (Art. 12, 19): the system administrator, the administrator of the site that hosts it, or an
	 * editor of the sponsoring unit; never a vendor's account. Returns the reason, or null when the user may.
	 */
	static @Nullable String writeRefusal(CurrentUser user, SiteId site, UnitId unit) {
		if (user.grants().stream().anyMatch(g -> g.role() == Role.VENDOR_STAFF)) {
			return "运维厂商人员不能编辑服务事项";
		}
		if (user.hasPlatformRole(Role.SYSTEM_ADMIN) || user.hasRoleOn(Role.SITE_ADMIN, site)) {
			return null;
		}
		boolean unitEditor = user.unitId().equals(unit.value())
				&& user.grants().stream().anyMatch(g -> g.role() == Role.EDITOR);
		return unitEditor ? null : "只有事项主办单位的编辑、本网站的站点管理员或系统管理员才能编辑服务事项";
	}

	/** Whether the user may write some item of the site (for the console's buttons). */
	static boolean writesSomething(CurrentUser user, SiteId site) {
		return writeRefusal(user, site, new UnitId(user.unitId())) == null;
	}

	static @Nullable ServiceObject serviceObject(@Nullable String name) {
		return Arrays.stream(ServiceObject.values()).filter(o -> o.name().equals(name == null ? null : name.strip()))
			.findFirst().orElse(null);
	}

	static @Nullable String element(ServiceItemForm form, GuideElement element) {
		var text = switch (element) {
			case NAME -> form.name();
			case LEGAL_BASIS -> form.legalBasis();
			case CONDITIONS -> form.conditions();
			case MATERIALS -> form.materials();
			case LOCATION -> form.location();
			case AGENCY -> form.agency();
			case FEES -> form.fees();
			case HOURS -> form.hours();
			case PHONE -> form.phone();
			case PROCESS -> form.process();
		};
		return Text.visiblyBlank(text) ? null : text.strip();
	}
}

package org.govsite.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govsite.unit.UnitKind;
import org.govsite.unit.UnitView;
import org.jspecify.annotations.Nullable;

/**
 * The rules on who may sponsor which kind of site and which identity a site must carry (Art. 6, 17; Guidelines).
 * Each rule returns the sentence that refuses, or nothing.
 */
final class SiteRules {

	private SiteRules() {
	}

	/** A township never has its own site; it publishes through a channel of its county portal (Art. 6). */
	static Optional<String> townshipHasNoSite(UnitView sponsor) {
		return sponsor.kind() == UnitKind.TOWNSHIP
				? Optional.of("乡镇（街道）不单独开设网站，请在所属县（市）门户网站开设部门栏目")
				: Optional.empty();
	}

	/** A vendor only provides services; it never sponsors a site (Art. 19). */
	static Optional<String> vendorSponsorsNothing(UnitView sponsor) {
		return sponsor.kind() == UnitKind.VENDOR ? Optional.of("服务厂商不能作为网站主办单位") : Optional.empty();
	}

	/** Government sites are sponsored by government units, non-government sites by non-government units (Art. 17). */
	static Optional<String> sponsorMatchesType(SiteType type, UnitView sponsor) {
		if (type == SiteType.NON_GOVERNMENT && sponsor.kind() != UnitKind.NON_GOVERNMENT) {
			return Optional.of("非政府网站的主办单位应为非政府单位（党群机关、事业单位、学校、国有企业等）");
		}
		if (type.isGovernment() && sponsor.kind() == UnitKind.NON_GOVERNMENT) {
			return Optional.of("非政府单位只能开设非政府网站");
		}
		if (type == SiteType.PORTAL && !List.of(UnitKind.GENERAL_OFFICE, UnitKind.COUNTY_GOVERNMENT,
				UnitKind.DEVELOPMENT_ZONE).contains(sponsor.kind())) {
			return Optional.of("政府门户网站的主办单位应为州、县（市）人民政府（办公室）或开发区管委会");
		}
		return Optional.empty();
	}

	/** County government departments publish on their county portal instead of opening sites (Art. 6). */
	static Optional<String> countyDepartmentHasNoSite(SiteType type, UnitView sponsor, @Nullable UnitView parent) {
		return type == SiteType.DEPARTMENT && sponsor.kind() == UnitKind.DEPARTMENT && parent != null
				&& parent.kind() == UnitKind.COUNTY_GOVERNMENT
						? Optional.of("县级政府部门不单独开设网站，请在「" + parent.name() + "」门户网站开设部门栏目")
						: Optional.empty();
	}

	/** Every government at county level and above has exactly one portal (Art. 6). */
	static Optional<String> onePortalPerGovernment(SiteType type, UnitView sponsor, Collection<Site> sponsorsSites,
			UUID self) {
		if (type != SiteType.PORTAL) {
			return Optional.empty();
		}
		return sponsorsSites.stream()
			.filter(site -> site.type == SiteType.PORTAL && site.status.isActive() && !site.id.equals(self))
			.findFirst()
			.map(existing -> "「" + sponsor.name() + "」已有门户网站「" + existing.name + "」，每个政府只能有一个门户网站");
	}

	/** Government sites carry a 网站标识码; the format is checked by {@link SiteCode}. */
	static List<String> siteCodeRules(SiteType type, @Nullable String siteCode) {
		var reasons = new ArrayList<String>();
		if (siteCode == null || siteCode.isBlank()) {
			if (type.isGovernment()) {
				reasons.add("政府网站必须填写网站标识码");
			}
			return reasons;
		}
		try {
			new SiteCode(siteCode.trim());
		}
		catch (org.govsite.shared.Refusal refusal) {
			reasons.addAll(refusal.reasons());
		}
		return reasons;
	}

	/** Government sites use {@code .gov.cn} or {@code .政务}; others never use {@code .gov.cn}. */
	static Optional<String> domainSuffixMatchesType(SiteType type, DomainName domain) {
		if (type.isGovernment() && !domain.isGovernmentDomain()) {
			return Optional.of("政府网站的域名应以 .gov.cn 或 .政务 结尾：「" + domain.display() + "」不符合");
		}
		if (!type.isGovernment() && domain.isGovernmentDomain()) {
			return Optional.of("非政府网站不得使用 .gov.cn 或 .政务 域名：「" + domain.display() + "」不符合");
		}
		return Optional.empty();
	}
}

package org.govsite.iam;

import java.util.Collection;
import java.util.Optional;

import org.govsite.unit.UnitKind;
import org.jspecify.annotations.Nullable;

/** The rules on which account may hold which role; each returns the sentence that refuses, or nothing. */
final class GrantRules {

	private GrantRules() {
	}

	/** 三员分立: no account holds two of system, security and audit administrator. */
	static Optional<String> threeAdministratorsStaySeparate(Role role, Collection<RoleGrant> held) {
		if (!role.isAdministrator()) {
			return Optional.empty();
		}
		return held.stream()
			.map(RoleGrant::role)
			.filter(other -> other.isAdministrator() && other != role)
			.findFirst()
			.map(other -> "三员分立：该账号已是" + other.label() + "，不能再担任" + role.label());
	}

	/** Art. 19: news gathering and editing is never outsourced, so a vendor's account never edits or reviews. */
	static Optional<String> vendorsNeverEditNews(Role role, UnitKind unitKind) {
		return unitKind == UnitKind.VENDOR && role.touchesNewsEditing()
				? Optional.of("服务厂商人员不得承担信息采编、审核和发布工作（办法第十九条），不能授予「" + role.label() + "」角色")
				: Optional.empty();
	}

	/**
	 * A vendor's account never administers or supervises the platform (Art. 19, 三员): no system, security or audit
	 * administrator, no supervisor or co-regulator role.
	 */
	static Optional<String> vendorsNeverAdministerOrSupervise(Role role, UnitKind unitKind) {
		return unitKind == UnitKind.VENDOR && Role.PLATFORM_READERS.contains(role)
				? Optional.of("服务厂商人员不得担任平台管理或监管角色，不能授予「" + role.label() + "」角色")
				: Optional.empty();
	}

	/** Every rule that ties a role to the kind of the holder's unit. */
	static java.util.List<String> fitsUnitKind(Role role, UnitKind unitKind) {
		var reasons = new java.util.ArrayList<String>();
		vendorsNeverEditNews(role, unitKind).ifPresent(reasons::add);
		vendorsNeverAdministerOrSupervise(role, unitKind).ifPresent(reasons::add);
		vendorStaffIsForVendors(role, unitKind).ifPresent(reasons::add);
		return reasons;
	}

	/** Vendor staff is a role for vendors' accounts only. */
	static Optional<String> vendorStaffIsForVendors(Role role, UnitKind unitKind) {
		return role == Role.VENDOR_STAFF && unitKind != UnitKind.VENDOR
				? Optional.of("「运维厂商人员」角色只能授予服务厂商的账号")
				: Optional.empty();
	}

	/** Platform roles are never scoped to a site; site roles always are. */
	static Optional<String> scopeFitsRole(Role role, @Nullable Object siteId) {
		if (role.scope() == Role.Scope.PLATFORM && siteId != null) {
			return Optional.of("「" + role.label() + "」是全平台角色，不能限定到某个网站");
		}
		if (role.scope() == Role.Scope.SITE && siteId == null) {
			return Optional.of("「" + role.label() + "」须指定所在网站");
		}
		return Optional.empty();
	}

	/**
	 * Art. 6: an editor's or reviewer's grant may be limited to a column subtree of its site (a township's channel on
	 * the county portal); no other role, and never without a site.
	 */
	static Optional<String> columnScopeFitsRole(Role role, @Nullable Object siteId, @Nullable Object columnId) {
		if (columnId == null) {
			return Optional.empty();
		}
		if (!Role.COLUMN_SCOPED.contains(role)) {
			return Optional.of("只有编辑和审核角色可以限定到栏目，「" + role.label() + "」不能限定到栏目");
		}
		return siteId == null ? Optional.of("限定到栏目的角色须同时指定栏目所在网站") : Optional.empty();
	}
}

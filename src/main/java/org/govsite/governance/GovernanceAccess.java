package org.govsite.governance;

import java.util.UUID;

import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.Refusal;
import org.govsite.unit.UnitId;
import org.govsite.unit.UnitKind;
import org.govsite.unit.Units;
import org.springframework.stereotype.Component;

/**
 * Who reads and writes vendor and governance records. Reads: the platform's readers (supervisor, co-regulators,
 * the three administrators) everything; the Big Data Center every vendor; a unit its own records; a vendor its own
 * contracts. Writes: vendors by the Big Data Center's system administrator or operators (its site administrators and
 * duty officers); a unit's governance by the unit's own site administrator or the system administrator.
 */
@Component
class GovernanceAccess {

	static final String NOT_VENDOR_WRITER = "只有州大数据中心的运维管理人员或系统管理员才能维护服务厂商信息";
	static final String NOT_VENDOR_READER = "无权查看其他服务厂商的信息";
	static final String NOT_GOVERNANCE_READER = "只能查看本单位的网站管理机制";
	static final String NOT_GOVERNANCE_WRITER = "只有本单位的站点管理员或系统管理员才能维护本单位的网站管理机制";

	private final Units units;

	GovernanceAccess(Units units) {
		this.units = units;
	}

	CurrentUser user() {
		return CurrentUser.require();
	}

	static boolean platformReader(CurrentUser user) {
		return Role.PLATFORM_READERS.stream().anyMatch(user::hasPlatformRole);
	}

	static boolean holds(CurrentUser user, Role role) {
		return user.grants().stream().anyMatch(grant -> grant.role() == role);
	}

	private UnitKind kindOf(CurrentUser user) {
		return units.find(new UnitId(user.unitId())).map(u -> u.kind()).orElse(UnitKind.NON_GOVERNMENT);
	}

	boolean bigDataCenter(CurrentUser user) {
		return kindOf(user) == UnitKind.BIG_DATA_CENTER;
	}

	/** Whether the user reads every vendor (platform readers and the Big Data Center). */
	boolean readsAllVendors(CurrentUser user) {
		return platformReader(user) || bigDataCenter(user);
	}

	void requireVendorReader(CurrentUser user, UnitId vendor) {
		if (!readsAllVendors(user) && !vendor.value().equals(user.unitId())) {
			throw Refusal.forbidden(NOT_VENDOR_READER);
		}
	}

	void requireVendorWriter(CurrentUser user) {
		boolean operator = bigDataCenter(user) && (holds(user, Role.SITE_ADMIN) || holds(user, Role.DUTY_OFFICER)
				|| user.hasPlatformRole(Role.SYSTEM_ADMIN));
		if (!operator && !user.hasPlatformRole(Role.SYSTEM_ADMIN)) {
			throw Refusal.forbidden(NOT_VENDOR_WRITER);
		}
	}

	boolean vendorWriter(CurrentUser user) {
		try {
			requireVendorWriter(user);
			return true;
		}
		catch (Refusal refused) {
			return false;
		}
	}

	static boolean readsGovernance(CurrentUser user, UUID unit) {
		return platformReader(user) || unit.equals(user.unitId());
	}

	void requireGovernanceReader(CurrentUser user, UnitId unit) {
		if (!readsGovernance(user, unit.value())) {
			throw Refusal.forbidden(NOT_GOVERNANCE_READER);
		}
	}

	static boolean writesGovernance(CurrentUser user, UUID unit) {
		return user.hasPlatformRole(Role.SYSTEM_ADMIN) || unit.equals(user.unitId()) && holds(user, Role.SITE_ADMIN);
	}

	void requireGovernanceWriter(CurrentUser user, UnitId unit) {
		if (!writesGovernance(user, unit.value())) {
			throw Refusal.forbidden(NOT_GOVERNANCE_WRITER);
		}
	}

	/** The prefecture-wide overview is for the platform's readers only. */
	void requirePlatformReader(CurrentUser user) {
		if (!platformReader(user)) {
			throw Refusal.forbidden("只有主管单位监管员和平台管理员才能查看全州各单位的网站管理机制");
		}
	}
}

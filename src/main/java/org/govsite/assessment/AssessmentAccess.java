package org.govsite.assessment;

import java.util.Optional;

import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteView;

/**
 * Who may see and start assessments: the supervisor (Art. 2), the Big Data Center's system administrators (Art. 3)
 * and the co-regulators (read only, Art. 5) see every site; a sponsoring unit's accounts see their own sites.
 * Scheduled work (no signed-in user) may do everything.
 */
final class AssessmentAccess {

	private AssessmentAccess() {
	}

	static boolean readsEverything(Optional<CurrentUser> user) {
		return user.isEmpty() || user.get().hasPlatformRole(Role.SUPERVISOR)
				|| user.get().hasPlatformRole(Role.SYSTEM_ADMIN) || user.get().hasPlatformRole(Role.CO_REGULATOR);
	}

	static boolean mayRead(Optional<CurrentUser> user, SiteView site) {
		return readsEverything(user) || user.get().unitId().equals(site.sponsorUnitId().value());
	}

	static void requireRead(SiteView site) {
		if (!mayRead(CurrentUser.fromContext(), site)) {
			throw Refusal.forbidden("只有监管人员、大数据中心或本网站的主办单位才能查看网站「" + site.name() + "」的评估");
		}
	}

	static void requireRunner() {
		CurrentUser.fromContext().ifPresent(user -> {
			if (!user.hasPlatformRole(Role.SUPERVISOR) && !user.hasPlatformRole(Role.SYSTEM_ADMIN)) {
				throw Refusal.forbidden("只有主管单位监管员或系统管理员才能发起评估");
			}
		});
	}
}

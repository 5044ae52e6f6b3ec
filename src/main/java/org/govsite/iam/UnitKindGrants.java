package org.govsite.iam;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.govsite.unit.UnitId;
import org.govsite.unit.UnitKind;
import org.govsite.unit.UnitKindChangeCheck;
import org.springframework.stereotype.Component;

/**
 * A unit may not change its kind while one of its accounts holds a role that the new kind may not hold: re-classifying
 * a vendor as a department to grant it 编辑 and back again (Art. 19 bypass) is refused at the last step, and a
 * department holding editors cannot become a vendor.
 */
@Component
class UnitKindGrants implements UnitKindChangeCheck {

	private final UserRepository users;

	UnitKindGrants(UserRepository users) {
		this.users = users;
	}

	@Override
	public List<String> refusals(UnitId unit, UnitKind from, UnitKind to) {
		var reasons = new LinkedHashSet<String>();
		for (var user : users.findAll()) {
			if (!user.unitId.equals(unit.value())) {
				continue;
			}
			for (var grant : user.grants) {
				for (var reason : GrantRules.fitsUnitKind(grant.role(), to)) {
					reasons.add("账号 " + user.username + " 持有「" + grant.role().label() + "」角色，单位不能改为「" + to.label()
							+ "」：" + reason);
				}
			}
		}
		return new ArrayList<>(reasons);
	}
}

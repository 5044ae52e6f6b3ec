package org.govsite.unit;

import java.util.List;

/**
 * Asked before a unit changes its kind: a module that ties rules to unit kinds (iam: who may hold which role, Art. 19)
 * returns every reason the change would break one. Declared here because the unit module comes first; implemented by
 * the modules that depend on it.
 */
public interface UnitKindChangeCheck {

	/** Sentences that refuse the change, or none. */
	List<String> refusals(UnitId unit, UnitKind from, UnitKind to);
}

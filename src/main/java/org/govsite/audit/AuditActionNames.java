package org.govsite.audit;

import java.util.Map;

/**
 * The Chinese names of audit action codes ({@code SIGN_IN} → 登录), so that the auditor reads and chooses actions in
 * words, not codes. The audit module records codes from every module but may know none of them: a module that knows
 * the codes contributes a bean of this type.
 */
public interface AuditActionNames {

	/** Code → Chinese name. */
	Map<String, String> names();
}

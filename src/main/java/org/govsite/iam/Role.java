package org.govsite.iam;

/** The roles of the platform. Some are platform-wide only, some only make sense on one site. */
public enum Role {

	/** 系统管理员 (三员之一): accounts, units, sites. */
	SYSTEM_ADMIN("系统管理员", Scope.PLATFORM, true),
	/** 安全管理员 (三员之一): roles, security settings. */
	SECURITY_ADMIN("安全管理员", Scope.PLATFORM, true),
	/** 审计管理员 (三员之一): the only reader of the audit trail. */
	AUDIT_ADMIN("审计管理员", Scope.PLATFORM, true),
	/** 主管单位 (Art. 2): reads everything, issues notices and rectification orders. */
	SUPERVISOR("主管单位监管员", Scope.PLATFORM, false),
	/** 协同监管单位 (Art. 5): read-only. */
	CO_REGULATOR("协同监管员", Scope.PLATFORM, false),
	SITE_ADMIN("站点管理员", Scope.SITE, false),
	EDITOR("编辑", Scope.SITE, false),
	FIRST_REVIEWER("初审", Scope.SITE, false),
	SECOND_REVIEWER("复审", Scope.SITE, false),
	FINAL_REVIEWER("终审", Scope.SITE, false),
	RESPONDER("互动办理员", Scope.ANY, false),
	DUTY_OFFICER("值班员", Scope.ANY, false),
	VENDOR_STAFF("运维厂商人员", Scope.ANY, false),
	/** 政府信息公开工作机构 (Regulations Art. 4): registers and answers requests for disclosure, keeps the annual report. */
	DISCLOSURE_OFFICER("信息公开办理员", Scope.ANY, false);

	/** Where a role may be granted. */
	public enum Scope {
		PLATFORM, SITE, ANY
	}

	private final String label;
	private final Scope scope;
	private final boolean administrator;

	Role(String label, Scope scope, boolean administrator) {
		this.label = label;
		this.scope = scope;
		this.administrator = administrator;
	}

	public String label() {
		return label;
	}

	public Scope scope() {
		return scope;
	}

	/** One of the three administrators (三员) that no account may combine. */
	public boolean isAdministrator() {
		return administrator;
	}

	/** Roles that gather, edit, review or publish news: never held by a vendor's account (Art. 19). */
	public boolean touchesNewsEditing() {
		return this == EDITOR || this == FIRST_REVIEWER || this == SECOND_REVIEWER || this == FINAL_REVIEWER
				|| this == DUTY_OFFICER || this == SITE_ADMIN;
	}

	public String authority() {
		return "ROLE_" + name();
	}
}

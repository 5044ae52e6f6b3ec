package org.govsite.iam;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

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

	/**
	 * Role groups, defined once here and used by the services, {@code @PreAuthorize} and the templates alike. The
	 * {@code *_EXPRESSION} constants are the same groups as Spring Security expressions (compile-time constants, as
	 * annotations need them); {@code RoleGroupsTests} keeps the two in step.
	 */
	public static final Set<Role> PLATFORM_READERS = EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN, SUPERVISOR,
			CO_REGULATOR);
	public static final String PLATFORM_READERS_EXPRESSION =
			"hasAnyRole('SYSTEM_ADMIN','SECURITY_ADMIN','AUDIT_ADMIN','SUPERVISOR','CO_REGULATOR')";

	/** Platform-wide oversight of every site's content screens (reads the live content of every site). */
	public static final Set<Role> CONTENT_OVERSIGHT = EnumSet.of(SYSTEM_ADMIN, SUPERVISOR, CO_REGULATOR);

	/** Oversight roles that may read content that is not live (drafts, revisions, attachments) of every site. */
	public static final Set<Role> UNPUBLISHED_OVERSIGHT = EnumSet.of(SUPERVISOR, AUDIT_ADMIN);

	/** The roles that work on one site's content. */
	public static final Set<Role> SITE_CONTENT = EnumSet.of(SITE_ADMIN, EDITOR, FIRST_REVIEWER, SECOND_REVIEWER,
			FINAL_REVIEWER, DUTY_OFFICER);

	public static final Set<Role> REVIEWERS = EnumSet.of(FIRST_REVIEWER, SECOND_REVIEWER, FINAL_REVIEWER);

	/** The roles whose grant may be limited to a column subtree of a site (Art. 6: a township's channel). */
	public static final Set<Role> COLUMN_SCOPED = EnumSet.of(EDITOR, FIRST_REVIEWER, SECOND_REVIEWER, FINAL_REVIEWER);

	/**
	 * The roles whose work connects other systems to the platform through the API (administration, oversight data,
	 * site integration, operations): they see the API tokens screen. Editors, reviewers and duty officers work in the
	 * console only.
	 */
	public static final Set<Role> API_USERS = EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN, SUPERVISOR,
			CO_REGULATOR, SITE_ADMIN, VENDOR_STAFF);

	/** Anyone with a content screen: oversight plus the site roles. */
	public static final String CONTENT_SCREENS_EXPRESSION = "hasAnyRole('SYSTEM_ADMIN','SUPERVISOR','CO_REGULATOR',"
			+ "'SITE_ADMIN','EDITOR','FIRST_REVIEWER','SECOND_REVIEWER','FINAL_REVIEWER','DUTY_OFFICER')";

	/** A group as a Spring Security expression, e.g. for a template's {@code sec:authorize}. */
	public static String expression(Set<Role> group) {
		return group.stream().sorted().map(role -> "'" + role.name() + "'")
			.collect(Collectors.joining(",", "hasAnyRole(", ")"));
	}

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

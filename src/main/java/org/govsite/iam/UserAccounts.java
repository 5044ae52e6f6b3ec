package org.govsite.iam;

import static org.govsite.shared.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.shared.FormCheck;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.govsite.unit.UnitId;
import org.govsite.unit.UnitView;
import org.govsite.unit.Units;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The iam module's API for accounts: create them, grant and revoke roles under the grant rules, reset and change
 * passwords, unlock, disable, and set up a second factor. Every change is audited.
 */
@Service
public class UserAccounts {

	private final UserRepository users;
	private final Units units;
	private final Sites sites;
	private final PasswordEncoder passwords;
	private final AuditTrail audit;
	private final Clock clock;
	private final FormCheck formCheck;
	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
	private final PasswordHistory history;
	private final PasswordAge age;
	private final org.springframework.beans.factory.ObjectProvider<ColumnScopes> columnScopes;
	/**
	 * The demo accounts' one public password and its hash, computed once: a BCrypt hash costs a tenth of a second, and
	 * the demo prefecture creates dozens of accounts at every start of a demo or test instance.
	 */
	private volatile @Nullable DemoPassword demoPassword;

	private record DemoPassword(String password, String hash) {
	}

	UserAccounts(UserRepository users, Units units, Sites sites, PasswordEncoder passwords, AuditTrail audit,
			Clock clock, FormCheck formCheck, org.springframework.jdbc.core.simple.JdbcClient jdbc,
			PasswordHistory history, PasswordAge age,
			org.springframework.beans.factory.ObjectProvider<ColumnScopes> columnScopes) {
		this.columnScopes = columnScopes;
		this.history = history;
		this.age = age;
		this.formCheck = formCheck;
		this.jdbc = jdbc;
		this.users = users;
		this.units = units;
		this.sites = sites;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates an account whose holder must choose a new password at first sign-in. */
	@Transactional
	public UserView create(UserForm form) {
		return create(form, true, false);
	}

	/** A role to grant, platform-wide ({@code site == null}), on one site, or on a column subtree of the site. */
	public record RoleRequest(@Nullable Role role, @Nullable SiteId site, @Nullable UUID column) {

		public RoleRequest(@Nullable Role role, @Nullable SiteId site) {
			this(role, site, null);
		}
	}

	/** Creates an account and grants its roles in one transaction: a refused grant creates nothing. */
	@Transactional
	public UserView createWithRoles(UserForm form, List<RoleRequest> roles) {
		var user = create(form, true, false);
		for (var request : roles) {
			if (request.role() == null) {
				throw Refusal.invalid("请选择角色");
			}
			user = grant(user.id(), request.role(), request.site(), request.column());
		}
		return user;
	}

	/** Creates a demo account: no forced password change, and marked so that production refuses to start with it. */
	@Transactional
	public UserView createDemoAccount(UserForm form) {
		return create(form, false, true);
	}

	private UserView create(UserForm form, boolean mustChangePassword, boolean demo) {
		formCheck.require(form);
		var reasons = new ArrayList<String>();
		var username = form.username().trim();
		if (users.findByUsername(username).isPresent()) {
			reasons.add("用户名「" + username + "」已存在");
		}
		if (units.find(form.unitId()).isEmpty()) {
			reasons.add("所属单位不存在");
		}
		reasons.addAll(demo ? PasswordPolicy.check(username, form.password()).stream()
			.filter(reason -> !reason.equals("不能使用演示账号的公开密码")).toList()
				: PasswordPolicy.check(username, form.password()));
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		var user = new User(UUID.randomUUID(), username, form.displayName().trim(), form.unitId().value(),
				demo ? demoHash(form.password()) : passwords.encode(form.password()), Instant.now(clock));
		user.phone = blankToNull(form.phone());
		user.email = blankToNull(form.email());
		user.mustChangePassword = mustChangePassword;
		user.demo = demo;
		try {
			users.save(user);
		}
		catch (DuplicateKeyException e) {
			throw Refusal.conflict("用户名「" + username + "」已存在");
		}
		history.remember(user.id, user.passwordHash, user.passwordChangedAt);
		var view = toView(user);
		audit.record(AuditRecord.of("USER_CREATED", "user", user.id, "新建账号 " + username + "（" + view.unitName() + "）")
			.withChange(null, view));
		return view;
	}

	private String demoHash(String password) {
		var known = demoPassword;
		if (known == null || !known.password().equals(password)) {
			known = new DemoPassword(password, passwords.encode(password));
			demoPassword = known;
		}
		return known.hash();
	}

	/** Grants a role, platform-wide or on one site, after checking every grant rule. */
	@Transactional
	public UserView grant(UserId id, Role role, @Nullable SiteId site) {
		return grant(id, role, site, null);
	}

	/**
	 * Grants a role platform-wide, on one site, or (editors and reviewers) on a column subtree of the site, after
	 * checking every grant rule.
	 */
	@Transactional
	public UserView grant(UserId id, Role role, @Nullable SiteId site, @Nullable UUID column) {
		var user = load(id);
		var unit = units.get(new UnitId(user.unitId));
		var reasons = new ArrayList<String>();
		GrantRules.scopeFitsRole(role, site).ifPresent(reasons::add);
		GrantRules.columnScopeFitsRole(role, site, column).ifPresent(reasons::add);
		if (site != null && column != null && columnName(site, column).isEmpty()) {
			reasons.add("所选栏目不属于该网站");
		}
		GrantRules.threeAdministratorsStaySeparate(role, user.grants).ifPresent(reasons::add);
		reasons.addAll(GrantRules.fitsUnitKind(role, unit.kind()));
		if (site != null && sites.find(site).isEmpty()) {
			reasons.add("网站不存在");
		}
		var grant = new RoleGrant(role, site == null ? null : site.value(), column);
		if (user.grants.contains(grant)) {
			reasons.add("该账号已有此角色");
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		var before = grantsOf(user);
		user.grants.add(grant);
		user.revokeAccess();
		users.save(user);
		audit.record(AuditRecord.of("ROLE_GRANTED", "user", user.id,
				"授予 " + user.username + " 角色「" + role.label() + "」" + scopeText(site, column))
			.withChange(before, grantsOf(user)));
		return toView(user);
	}

	@Transactional
	public UserView revoke(UserId id, Role role, @Nullable SiteId site) {
		return revoke(id, role, site, null);
	}

	@Transactional
	public UserView revoke(UserId id, Role role, @Nullable SiteId site, @Nullable UUID column) {
		var user = load(id);
		var grant = new RoleGrant(role, site == null ? null : site.value(), column);
		if (!user.grants.contains(grant)) {
			throw Refusal.conflict("该账号没有此角色");
		}
		if (role.isAdministrator() && users.countEnabledWithRole(role.name()) <= 1) {
			throw Refusal.conflict("平台至少要保留一名" + role.label());
		}
		var before = grantsOf(user);
		user.grants.remove(grant);
		user.revokeAccess();
		users.save(user);
		audit.record(AuditRecord.of("ROLE_REVOKED", "user", user.id,
				"撤销 " + user.username + " 的角色「" + role.label() + "」" + scopeText(site, column))
			.withChange(before, grantsOf(user)));
		return toView(user);
	}

	/** An administrator sets a temporary password; the holder must change it at the next sign-in. */
	@Transactional
	public void resetPassword(UserId id, String temporaryPassword) {
		var user = load(id);
		Refusal.throwIfAny(Refusal.Kind.INVALID, PasswordPolicy.check(user.username, temporaryPassword));
		var now = Instant.now(clock);
		user.setPassword(passwords.encode(temporaryPassword), now);
		user.mustChangePassword = true;
		user.failedAttempts = 0;
		user.lockedUntil = null;
		user.revokeAccess();
		users.save(user);
		// the temporary password joins the history, so the holder cannot keep it by "changing" back to it
		history.remember(user.id, user.passwordHash, now);
		audit.record(AuditRecord.of("PASSWORD_RESET", "user", user.id, "重置 " + user.username + " 的密码"));
	}

	/** The holder changes their own password, proving the current one. */
	@Transactional
	public void changePassword(UserId id, String currentPassword, String newPassword) {
		var user = load(id);
		var reasons = new ArrayList<String>();
		if (!passwords.matches(currentPassword, user.passwordHash)) {
			reasons.add("当前密码不正确");
		}
		reasons.addAll(PasswordPolicy.check(user.username, newPassword));
		if (newPassword != null && passwords.matches(newPassword, user.passwordHash)) {
			reasons.add("新密码不能与当前密码相同");
		}
		else if (newPassword != null && history.reused(user.id, newPassword)) {
			reasons.add(PasswordPolicy.REUSED);
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		var now = Instant.now(clock);
		user.setPassword(passwords.encode(newPassword), now);
		user.mustChangePassword = false;
		user.revokeAccess();
		users.save(user);
		history.remember(user.id, user.passwordHash, now);
		audit.record(AuditRecord.of("PASSWORD_CHANGED", "user", user.id, user.username + " 修改了自己的密码"));
	}

	@Transactional
	public void unlock(UserId id) {
		var user = load(id);
		user.failedAttempts = 0;
		user.lockedUntil = null;
		users.save(user);
		// sign-in failures are counted per address and account (SignIn): forget them from every address
		jdbc.sql("DELETE FROM sign_in_failure WHERE lower(username) = lower(?)").param(user.username).update();
		audit.record(AuditRecord.of("USER_UNLOCKED", "user", user.id, "解锁账号 " + user.username));
	}

	@Transactional
	public void setEnabled(UserId id, boolean enabled) {
		var user = load(id);
		user.enabled = enabled;
		user.revokeAccess();
		users.save(user);
		audit.record(AuditRecord.of(enabled ? "USER_ENABLED" : "USER_DISABLED", "user", user.id,
				(enabled ? "启用账号 " : "停用账号 ") + user.username));
	}

	/** Starts second-factor enrolment: returns a new secret that becomes active once a code from it is confirmed. */
	public String newTotpSecret() {
		return Totp.newSecret();
	}

	@Transactional
	public void enableTotp(UserId id, String secret, String code) {
		var user = load(id);
		if (!Totp.verify(secret, code, Instant.now(clock))) {
			throw Refusal.invalid("动态口令不正确，请核对手机验证器上的 6 位数字");
		}
		user.totpSecret = secret;
		user.revokeAccess();
		users.save(user);
		audit.record(AuditRecord.of("TOTP_ENABLED", "user", user.id, user.username + " 启用了双因素认证"));
	}

	@Transactional
	public void disableTotp(UserId id) {
		var user = load(id);
		user.totpSecret = null;
		user.revokeAccess();
		users.save(user);
		audit.record(AuditRecord.of("TOTP_DISABLED", "user", user.id, "关闭 " + user.username + " 的双因素认证"));
	}

	@Transactional(readOnly = true)
	public List<UserView> all() {
		Map<UUID, String> unitNames = units.all().stream().collect(Collectors.toMap(u -> u.id().value(), UnitView::name));
		Map<UUID, String> siteNames = sites.all().stream().collect(Collectors.toMap(s -> s.id().value(), SiteView::name));
		return users.findAllByOrderByUsername().stream().map(user -> toView(user, unitNames, siteNames)).toList();
	}

	@Transactional(readOnly = true)
	public Optional<UserView> find(UserId id) {
		return users.findById(id.value()).map(this::toView);
	}

	@Transactional(readOnly = true)
	public Optional<UserView> findByUsername(String username) {
		return users.findByUsername(username).map(this::toView);
	}

	/** Whether any demo account exists (production refuses to start then). */
	@Transactional(readOnly = true)
	public boolean demoAccountsExist() {
		return users.existsByDemoTrue();
	}

	@Transactional(readOnly = true)
	public long count() {
		return users.count();
	}

	private User load(UserId id) {
		return users.findById(id.value()).orElseThrow(() -> Refusal.notFound("账号不存在"));
	}

	private List<String> grantsOf(User user) {
		return user.grants.stream()
			.map(grant -> grant.role().name() + (grant.siteId() == null ? "" : "@" + grant.siteId())
					+ (grant.columnId() == null ? "" : "#" + grant.columnId()))
			.sorted()
			.toList();
	}

	private String scopeText(@Nullable SiteId site, @Nullable UUID column) {
		if (site == null) {
			return "（全平台）";
		}
		var siteName = sites.find(site).map(SiteView::name).orElse(site.toString());
		return column == null ? "（" + siteName + "）"
				: "（" + siteName + " › " + columnName(site, column).orElse(column.toString()) + "及其下级栏目）";
	}

	/** The column's name, if it is a column of the site (and the content module is there to say so). */
	private Optional<String> columnName(SiteId site, UUID column) {
		var scopes = columnScopes.getIfAvailable();
		return scopes == null ? Optional.empty() : scopes.nameOn(site, column);
	}

	/** The columns of a site as the grant form offers them (none without the content module). */
	public List<ColumnScopes.Option> columnOptions(SiteId site) {
		var scopes = columnScopes.getIfAvailable();
		return scopes == null ? List.of() : scopes.options(site);
	}

	private UserView toView(User user) {
		Map<UUID, String> unitNames = units.find(new UnitId(user.unitId))
			.map(unit -> Map.of(unit.id().value(), unit.name()))
			.orElse(Map.of());
		Map<UUID, String> siteNames = user.grants.stream()
			.map(RoleGrant::siteId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.map(siteId -> sites.find(new SiteId(siteId)))
			.flatMap(Optional::stream)
			.collect(Collectors.toMap(site -> site.id().value(), SiteView::name, (a, b) -> a));
		return toView(user, unitNames, siteNames);
	}

	private UserView toView(User user, Map<UUID, String> unitNames, Map<UUID, String> siteNames) {
		var grants = user.grants.stream()
			.map(grant -> new GrantView(grant.role(), grant.siteId() == null ? null : new SiteId(grant.siteId()),
					grant.siteId() == null ? null : siteNames.get(grant.siteId()), grant.columnId(),
					grant.columnId() == null || grant.siteId() == null ? null
							: columnName(new SiteId(grant.siteId()), grant.columnId()).orElse("（已删除的栏目）")))
			.sorted(Comparator.comparing(GrantView::role).thenComparing(GrantView::scopeLabel))
			.toList();
		var now = Instant.now(clock);
		return new UserView(user.userId(), user.username, user.displayName, new UnitId(user.unitId),
				unitNames.getOrDefault(user.unitId, ""), user.phone, user.email, user.enabled, user.isLocked(now),
				user.lockedUntil, age.mustChange(user), user.totpSecret != null, grants, user.createdAt,
				user.lastSignInAt);
	}

	/**
	 * The principal as the account stands now (grants, forced password change), e.g. to refresh the console session
	 * after the holder changed their password.
	 */
	@Transactional(readOnly = true)
	public Optional<CurrentUser> currentPrincipal(UserId id) {
		return users.findById(id.value()).map(age::principalOf);
	}

	/** The principal of the account; {@code mustChangePassword} as {@link PasswordAge#mustChange} decided it. */
	static CurrentUser principalOf(User user, boolean mustChangePassword) {
		return new CurrentUser(user.id, user.username, user.displayName, user.unitId,
				user.grants.stream().map(g -> new CurrentUser.Grant(g.role(), g.siteId(), g.columnId())).toList(),
				mustChangePassword, user.securityVersion);
	}

}

package org.govsite.iam;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a username, password and (when enrolled) one-time code, for the console and the API alike. Five failures in a
 * row lock the account for 15 minutes. Every outcome is audited, and a failure's count is committed on its own, so
 * it survives the refusal.
 */
@Service
class SignIn {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

	private final UserRepository users;
	private final PasswordEncoder passwords;
	private final AuditTrail audit;
	private final Clock clock;
	private final TransactionTemplate ownTransaction;
	private final Duration lockout;
	/** Compared against when the username is unknown, so that timing does not reveal which usernames exist. */
	private final String dummyHash;

	SignIn(UserRepository users, PasswordEncoder passwords, AuditTrail audit, Clock clock,
			PlatformTransactionManager transactions, @Value("${govsite.security.lockout:PT15M}") Duration lockout) {
		this.users = users;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
		this.lockout = lockout;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.dummyHash = passwords.encode("not-a-real-password-" + System.nanoTime());
	}

	/** Returns the signed-in account, or throws {@link SignInRefused} with the reason. */
	CurrentUser authenticate(String username, String password, @Nullable String oneTimeCode, String channel) {
		var outcome = ownTransaction.execute(status -> attempt(username == null ? "" : username.trim(), password,
				oneTimeCode, channel));
		if (outcome instanceof Refused refused) {
			throw new SignInRefused(refused.message());
		}
		return ((Accepted) outcome).user();
	}

	private sealed interface Outcome permits Accepted, Refused {
	}

	private record Accepted(CurrentUser user) implements Outcome {
	}

	private record Refused(String message) implements Outcome {
	}

	private Outcome attempt(String username, String password, @Nullable String oneTimeCode, String channel) {
		var now = Instant.now(clock);
		var found = users.findByUsername(username);
		if (found.isEmpty()) {
			passwords.matches(password == null ? "" : password, dummyHash);
			audit.recordAs(username, AuditRecord.of("SIGN_IN_FAILED", "user", username,
					"登录失败（" + channel + "）：用户名不存在"));
			return new Refused("用户名或密码不正确");
		}
		var user = found.get();
		if (!user.enabled) {
			audit.recordAs(user.username, AuditRecord.of("SIGN_IN_FAILED", "user", user.id, "登录失败（" + channel + "）：账号已停用"));
			return new Refused("账号已停用，请联系系统管理员");
		}
		if (user.isLocked(now)) {
			audit.recordAs(user.username, AuditRecord.of("SIGN_IN_FAILED", "user", user.id, "登录失败（" + channel + "）：账号已锁定"));
			return new Refused("连续登录失败次数过多，账号已锁定，请于 " + TIME.format(user.lockedUntil) + " 后再试");
		}
		boolean passwordOk = password != null && passwords.matches(password, user.passwordHash);
		boolean codeOk = user.totpSecret == null || (oneTimeCode != null && Totp.verify(user.totpSecret, oneTimeCode, now));
		if (!passwordOk || !codeOk) {
			boolean locked = user.failedSignIn(now, lockout);
			users.save(user);
			var why = !passwordOk ? "密码错误" : "动态口令错误";
			audit.recordAs(user.username, AuditRecord.of("SIGN_IN_FAILED", "user", user.id, "登录失败（" + channel + "）：" + why));
			if (locked) {
				audit.recordAs(user.username, AuditRecord.of("ACCOUNT_LOCKED", "user", user.id,
						"连续 " + User.MAX_FAILED_ATTEMPTS + " 次登录失败，账号 " + user.username + " 锁定至 " + TIME.format(user.lockedUntil)));
				return new Refused("连续登录失败次数过多，账号已锁定，请于 " + TIME.format(user.lockedUntil) + " 后再试");
			}
			return new Refused(passwordOk ? "动态口令不正确" : "用户名或密码不正确");
		}
		user.signedIn(now);
		users.save(user);
		audit.recordAs(user.username, AuditRecord.of("SIGN_IN", "user", user.id, user.username + " 登录成功（" + channel + "）"));
		return new Accepted(UserAccounts.principalOf(user));
	}

	/** Reloads the principal, e.g. after a password change, so that the session reflects the account. */
	@Nullable CurrentUser reload(String username) {
		return users.findByUsername(username).map(UserAccounts::principalOf).orElse(null);
	}
}

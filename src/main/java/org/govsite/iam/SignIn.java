package org.govsite.iam;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import java.sql.Timestamp;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a username, password and (when enrolled) one-time code, for the console and the API alike. Failures are
 * counted per source address and account: five in a row lock that account <em>from that address</em> for 15 minutes
 * (so nobody elsewhere can lock an administrator out), and too many failures from one address across accounts
 * (password spraying) stop every attempt from it for the same time. An unknown username and a locked account get the
 * same answers, so the answers do not tell which usernames exist. Every outcome is audited, and a failure's count is
 * committed on its own, so it survives the refusal.
 */
@Service
class SignIn {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
	static final String WRONG = "用户名或密码不正确";

	private final UserRepository users;
	private final PasswordAge age;
	private final PasswordEncoder passwords;
	private final AuditTrail audit;
	private final Clock clock;
	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final Duration lockout;
	private final int perAddress;
	/** Compared against when the username is unknown, so that timing does not reveal which usernames exist. */
	private final String dummyHash;

	SignIn(UserRepository users, PasswordEncoder passwords, AuditTrail audit, Clock clock, JdbcClient jdbc,
			PlatformTransactionManager transactions, @Value("${govsite.security.lockout:PT15M}") Duration lockout,
			@Value("${govsite.security.sign-in-failures-per-address:30}") int perAddress, PasswordAge age) {
		this.users = users;
		this.age = age;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
		this.jdbc = jdbc;
		this.lockout = lockout;
		this.perAddress = perAddress;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.dummyHash = passwords.encode("not-a-real-password-" + System.nanoTime());
	}

	/** Returns the signed-in account, or throws {@link SignInRefused} with the reason. */
	CurrentUser authenticate(String username, String password, @Nullable String oneTimeCode, String channel,
			@Nullable String sourceIp) {
		var ip = sourceIp == null ? "unknown" : sourceIp;
		var outcome = ownTransaction.execute(status -> attempt(username == null ? "" : username.trim(), password,
				oneTimeCode, channel, ip));
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

	private Outcome attempt(String username, String password, @Nullable String oneTimeCode, String channel, String ip) {
		var now = Instant.now(clock);
		var since = Timestamp.from(now.minus(lockout));
		var name = username.length() > 100 ? username.substring(0, 100) : username;
		var target = name;
		long fromAddress = jdbc.sql("SELECT count(*) FROM sign_in_failure WHERE source_ip = ? AND failed_at > ?")
			.params(ip, since).query(Long.class).single();
		if (fromAddress >= perAddress) {
			audit.recordAs(name, AuditRecord.of("SIGN_IN_THROTTLED", "user", target,
					"登录失败（" + channel + "）：来源地址 " + ip + " 登录失败次数过多，暂停受理"));
			return new Refused("登录尝试过于频繁，请 " + lockout.toMinutes() + " 分钟后再试");
		}
		var lockedUntil = lockedUntil(ip, name, since);
		var found = name.length() <= 50 ? users.findByUsername(name) : java.util.Optional.<User>empty();
		if (lockedUntil != null) {
			audit.recordAs(name, AuditRecord.of("SIGN_IN_FAILED", "user", found.map(u -> (Object) u.id).orElse(target),
					"登录失败（" + channel + "）：账号已锁定"));
			return new Refused(lockedMessage(lockedUntil));
		}
		if (found.isEmpty()) {
			passwords.matches(password == null ? "" : password, dummyHash);
			audit.recordAs(name, AuditRecord.of("SIGN_IN_FAILED", "user", target, "登录失败（" + channel + "）：用户名不存在"));
			return failed(ip, name, now, since, null, channel, WRONG);
		}
		var user = found.get();
		boolean passwordOk = password != null && passwords.matches(password, user.passwordHash);
		boolean codeOk = user.totpSecret == null || (oneTimeCode != null && Totp.verify(user.totpSecret, oneTimeCode, now));
		if (!passwordOk || !codeOk) {
			var why = !passwordOk ? "密码错误" : "动态口令错误";
			audit.recordAs(user.username, AuditRecord.of("SIGN_IN_FAILED", "user", user.id, "登录失败（" + channel + "）：" + why));
			return failed(ip, user.username, now, since, user, channel, passwordOk ? "动态口令不正确" : WRONG);
		}
		if (!user.enabled) {
			// said only to whoever knows the password
			audit.recordAs(user.username, AuditRecord.of("SIGN_IN_FAILED", "user", user.id, "登录失败（" + channel + "）：账号已停用"));
			return new Refused("账号已停用，请联系系统管理员");
		}
		jdbc.sql("DELETE FROM sign_in_failure WHERE source_ip = ? AND lower(username) = lower(?)").params(ip, user.username).update();
		user.signedIn(now);
		users.save(user);
		audit.recordAs(user.username, AuditRecord.of("SIGN_IN", "user", user.id, user.username + " 登录成功（" + channel + "）"));
		return new Accepted(age.principalOf(user));
	}

	/** Counts a failure; the fifth in a row from this address locks the account here, with an audited alert. */
	private Refused failed(String ip, String name, Instant now, Timestamp since, @Nullable User user, String channel,
			String message) {
		jdbc.sql("DELETE FROM sign_in_failure WHERE failed_at <= ?").param(since).update();
		jdbc.sql("INSERT INTO sign_in_failure (source_ip, username, failed_at) VALUES (?, ?, ?)")
			.params(ip, name, Timestamp.from(now)).update();
		var lockedUntil = lockedUntil(ip, name, since);
		if (lockedUntil == null) {
			return new Refused(message);
		}
		audit.recordAs(name, AuditRecord.of("ACCOUNT_LOCKED", "user", user == null ? name : user.id,
				"告警：来自 " + ip + " 连续 " + User.MAX_FAILED_ATTEMPTS + " 次登录失败（" + channel + "），账号 " + name
						+ " 在该地址锁定至 " + TIME.format(lockedUntil)));
		return new Refused(lockedMessage(lockedUntil));
	}

	/** When the account is locked from this address: five failures within the window, until the last plus the lockout. */
	private @Nullable Instant lockedUntil(String ip, String name, Timestamp since) {
		var recent = jdbc.sql("""
				SELECT failed_at FROM sign_in_failure
				WHERE source_ip = ? AND lower(username) = lower(?) AND failed_at > ?
				ORDER BY failed_at DESC
				""").params(ip, name, since).query(Timestamp.class).list();
		return recent.size() >= User.MAX_FAILED_ATTEMPTS ? recent.get(0).toInstant().plus(lockout) : null;
	}

	private static String lockedMessage(Instant until) {
		return "连续登录失败次数过多，账号已锁定，请于 " + TIME.format(until) + " 后再试";
	}

	/** Reloads the principal, e.g. after a password change, so that the session reflects the account. */
	@Nullable CurrentUser reload(String username) {
		return users.findByUsername(username).map(age::principalOf).orElse(null);
	}
}

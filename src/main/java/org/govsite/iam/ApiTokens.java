package org.govsite.iam;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for {@code /api/v1}: issued against a username and password (lockout applies), stored as SHA-256
 * hashes, expiring, revocable in the console.
 */
@Service
public class ApiTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final SignIn signIn;
	private final UserRepository users;
	private final AuditTrail audit;
	private final Clock clock;
	private final Duration lifetime;
	private final PasswordAge age;

	ApiTokens(JdbcClient jdbc, SignIn signIn, UserRepository users, AuditTrail audit, Clock clock,
			@Value("${govsite.security.token-lifetime:PT8H}") Duration lifetime, PasswordAge age) {
		this.age = age;
		this.jdbc = jdbc;
		this.signIn = signIn;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
		this.lifetime = lifetime;
	}

	/** A freshly issued token: the only time its value is ever shown. */
	public record IssuedToken(String token, Instant expiresAt) {
	}

	/** Signs in (counting failures towards lockout, in a transaction of its own) and issues a token. */
	@Transactional
	public IssuedToken issue(String username, String password, @Nullable String oneTimeCode, @Nullable String sourceIp) {
		var user = signIn.authenticate(username, password, oneTimeCode, "API", sourceIp);
		if (user.mustChangePassword()) {
			throw Refusal.forbidden("须先在控制台修改密码（初始密码、重置后的密码或已到期的密码），才能申请 API 令牌");
		}
		return store(user, sourceIp);
	}

	private IssuedToken store(CurrentUser user, @Nullable String sourceIp) {
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		var token = "gst_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var now = Instant.now(clock);
		var expires = now.plus(lifetime);
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO api_token (id, user_id, token_hash, created_at, expires_at, source_ip, security_version)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, user.id(), hash(token), Timestamp.from(now), Timestamp.from(expires), sourceIp,
					user.securityVersion())
			.update();
		audit.recordAs(user.username(), AuditRecord.of("TOKEN_ISSUED", "api_token", id, "为 " + user.username() + " 签发 API 令牌"));
		return new IssuedToken(token, expires);
	}

	/**
	 * The account a presented token stands for, if the token is known, unexpired, unrevoked, issued at the account's
	 * current security version (no grant, enabled flag, password or second factor changed since) and the account
	 * enabled.
	 */
	@Transactional
	public Optional<CurrentUser> authenticate(String token) {
		var now = Instant.now(clock);
		var userId = jdbc.sql("""
				UPDATE api_token t SET last_used_at = ?
				FROM app_user u
				WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ?
				  AND u.id = t.user_id AND u.security_version = t.security_version
				RETURNING t.user_id
				""")
			.params(Timestamp.from(now), hash(token), Timestamp.from(now))
			.query(UUID.class)
			.optional();
		return userId.flatMap(users::findById)
			.filter(user -> user.enabled && !user.isLocked(now))
			.map(age::principalOf);
	}

	/** Whether the account manages every account's tokens (安全管理员), not just its own. */
	/** Whether the account's roles use the API, so that its screens offer API tokens (see {@link Role#API_USERS}). */
	public static boolean usesApi(CurrentUser user) {
		return user.grants().stream().anyMatch(grant -> Role.API_USERS.contains(grant.role()));
	}

	public static boolean managesAllTokens(CurrentUser user) {
		return user.hasPlatformRole(Role.SECURITY_ADMIN);
	}

	/** The tokens the account may see: its own, or every account's for the security administrator. */
	@Transactional(readOnly = true)
	public List<TokenView> visibleTo(CurrentUser user, boolean all) {
		return list(all && managesAllTokens(user) ? null : user.id());
	}

	/** Revokes a token of the account's own, or any token for the security administrator (403 otherwise). */
	@Transactional
	public void revoke(CurrentUser user, UUID tokenId) {
		var owner = jdbc.sql("SELECT user_id FROM api_token WHERE id = ?").param(tokenId).query(UUID.class).optional();
		if (owner.isEmpty()) {
			throw Refusal.notFound("令牌不存在");
		}
		if (!owner.get().equals(user.id()) && !managesAllTokens(user)) {
			throw Refusal.forbidden("只能撤销本人的 API 令牌");
		}
		revoke(tokenId);
	}

	@Transactional
	public void revoke(UUID tokenId) {
		var updated = jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
			.params(Timestamp.from(Instant.now(clock)), tokenId)
			.update();
		if (updated == 0) {
			throw Refusal.conflict("令牌不存在或已撤销");
		}
		audit.record(AuditRecord.of("TOKEN_REVOKED", "api_token", tokenId, "撤销 API 令牌"));
	}

	/** Tokens of one account, or of all accounts when {@code userId} is null; newest first. */
	@Transactional(readOnly = true)
	public List<TokenView> list(@Nullable UUID userId) {
		return jdbc.sql("""
				SELECT t.id, u.username, t.created_at, t.expires_at, t.revoked_at, t.last_used_at, t.source_ip
				FROM api_token t JOIN app_user u ON u.id = t.user_id
				WHERE CAST(:user AS UUID) IS NULL OR t.user_id = :user
				ORDER BY t.created_at DESC LIMIT 200
				""")
			.param("user", userId)
			.query((rs, n) -> new TokenView(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(),
					rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
					rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getString(7)))
			.list();
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

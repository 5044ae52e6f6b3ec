package org.govsite.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.govsite.unit.UnitKind;
import org.junit.jupiter.api.Test;

/** Plain tests of the grant rules, password policy and one-time codes; no Spring. */
class AccessRulesTests {

	@Test
	void vendorsNeverHoldRolesThatTouchNewsEditing() {
		for (var role : List.of(Role.EDITOR, Role.FIRST_REVIEWER, Role.SECOND_REVIEWER, Role.FINAL_REVIEWER,
				Role.DUTY_OFFICER, Role.SITE_ADMIN)) {
			assertThat(GrantRules.vendorsNeverEditNews(role, UnitKind.VENDOR)).isPresent();
			assertThat(GrantRules.vendorsNeverEditNews(role, UnitKind.DEPARTMENT)).isEmpty();
		}
		assertThat(GrantRules.vendorsNeverEditNews(Role.VENDOR_STAFF, UnitKind.VENDOR)).isEmpty();
		assertThat(GrantRules.vendorStaffIsForVendors(Role.VENDOR_STAFF, UnitKind.DEPARTMENT))
			.contains("「运维厂商人员」角色只能授予服务厂商的账号");
	}

	@Test
	void theThreeAdministratorsStaySeparate() {
		var held = List.of(new RoleGrant(Role.SYSTEM_ADMIN, null));
		assertThat(GrantRules.threeAdministratorsStaySeparate(Role.AUDIT_ADMIN, held))
			.contains("三员分立：该账号已是系统管理员，不能再担任审计管理员");
		assertThat(GrantRules.threeAdministratorsStaySeparate(Role.SUPERVISOR, held)).isEmpty();
		assertThat(GrantRules.threeAdministratorsStaySeparate(Role.SYSTEM_ADMIN, held)).isEmpty();
	}

	@Test
	void passwordsNeedLengthVarietyAndNoUsername() {
		assertThat(PasswordPolicy.check("editor", "Harbour@2031x")).isEmpty();
		assertThat(PasswordPolicy.check("editor", "GovSite@2026")).containsExactly("不能使用演示账号的公开密码");
		assertThat(PasswordPolicy.check("editor", "Abcdefgh12")).isEmpty();
		assertThat(PasswordPolicy.check("editor", "Abc@12345")).containsExactly("密码长度不能少于 10 位");
		assertThat(PasswordPolicy.check("editor", "abcdefghij12")).containsExactly("密码须包含大写字母、小写字母、数字、特殊字符中的至少三类");
		assertThat(PasswordPolicy.check("editor", "My-Editor-2026")).containsExactly("密码不能包含用户名");
	}

	@Test
	void fiveFailuresLockAndSuccessResets() {
		var user = new User(UUID.randomUUID(), "u", "u", UUID.randomUUID(), "x", Instant.EPOCH);
		var now = Instant.parse("2026-11-25T02:00:00Z");
		for (int i = 1; i < User.MAX_FAILED_ATTEMPTS; i++) {
			assertThat(user.failedSignIn(now, java.time.Duration.ofMinutes(15))).isFalse();
		}
		assertThat(user.failedSignIn(now, java.time.Duration.ofMinutes(15))).isTrue();
		assertThat(user.isLocked(now.plusSeconds(14 * 60 + 59))).isTrue();
		assertThat(user.isLocked(now.plusSeconds(15 * 60))).isFalse();
		user.signedIn(now);
		assertThat(user.failedAttempts).isZero();
	}

	@Test
	void oneTimeCodesFollowRfc6238() {
		// RFC 6238 appendix B, SHA-1 key "12345678901234567890": T = 59 s gives 94287082, whose last six digits are 287082.
		var secret = Totp.base32("12345678901234567890".getBytes());
		assertThat(Totp.codeAt(secret, 59 / 30)).isEqualTo("287082");
		assertThat(Totp.codeAt(secret, 1111111109L / 30)).isEqualTo("081804");
		assertThat(Totp.verify(secret, "287082", Instant.ofEpochSecond(59))).isTrue();
		assertThat(Totp.verify(secret, "287082", Instant.ofEpochSecond(59 + 90))).isFalse();
		assertThat(Totp.unbase32(Totp.base32(new byte[] { 1, 2, 3, 4, 5, 6, 7 }))).containsExactly(1, 2, 3, 4, 5, 6, 7);
	}
}

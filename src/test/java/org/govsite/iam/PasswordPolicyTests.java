package org.govsite.iam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Security issue 11: common, leaked and demo passwords are refused, and so is a password BCrypt would truncate. */
class PasswordPolicyTests {

	@Test
	void refusesCommonAndLeakedPasswordsThatPassTheClassRules() {
		assertThat(PasswordPolicy.check("zhangsan", "P@ssw0rd123"))
			.containsExactly("该密码过于常见或已在泄露的密码库中出现，请换一个");
		assertThat(PasswordPolicy.check("zhangsan", "1qaz@WSX3edc"))
			.containsExactly("该密码过于常见或已在泄露的密码库中出现，请换一个");
	}

	@Test
	void refusesTheDemoPassword() {
		assertThat(PasswordPolicy.check("zhangsan", "GovSite@2026")).containsExactly("不能使用演示账号的公开密码");
	}

	@Test
	void refusesAPasswordLongerThan72BytesInsteadOfTruncatingIt() {
		assertThat(PasswordPolicy.check("zhangsan", "Aa1!" + "x".repeat(68))).isEmpty();
		assertThat(PasswordPolicy.check("zhangsan", "Aa1!" + "x".repeat(69)))
			.containsExactly("密码不能超过 72 个字节（约 24 个汉字或 72 个英文字符）");
		assertThat(PasswordPolicy.check("zhangsan", "Aa1!" + "密".repeat(23))).isNotEmpty();
	}

	@Test
	void aPasswordIsTooOldOnceTheMaximumAgeHasPassed() {
		var set = java.time.Instant.parse("2026-01-01T00:00:00Z");
		var ninetyDays = java.time.Duration.ofDays(90);
		assertThat(PasswordPolicy.tooOld(set, set.plus(ninetyDays).minusSeconds(1), ninetyDays)).isFalse();
		assertThat(PasswordPolicy.tooOld(set, set.plus(ninetyDays), ninetyDays)).isTrue();
	}

	@Test
	void roleGroupExpressionsNameTheSameRolesAsTheGroups() {
		assertThat(Role.PLATFORM_READERS_EXPRESSION).isEqualTo("hasAnyRole('SYSTEM_ADMIN','SECURITY_ADMIN','AUDIT_ADMIN','SUPERVISOR','CO_REGULATOR')");
		assertThat(Role.expression(Role.PLATFORM_READERS)).isEqualTo(Role.PLATFORM_READERS_EXPRESSION);
		var screens = java.util.EnumSet.copyOf(Role.CONTENT_OVERSIGHT);
		screens.addAll(Role.SITE_CONTENT);
		assertThat(Role.expression(screens)).isEqualTo(Role.CONTENT_SCREENS_EXPRESSION);
	}
}

package org.govsite.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.govsite.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plain tests of the site's value objects and lifecycle table; no Spring. */
class SiteIdentityTests {

	@ParameterizedTest
	@ValueSource(strings = { "9901000001", "bm12345678" })
	void acceptsWellFormedSiteCodes(String code) {
		assertThat(new SiteCode(code).value()).isEqualTo(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "990100001", "99010000011", "BM12345678", "bm1234567", "99010A0001", " 9901000001", "" })
	void refusesMalformedSiteCodes(String code) {
		assertThatThrownBy(() -> new SiteCode(code)).isInstanceOf(Refusal.class)
			.hasMessageContaining("格式不正确：应为 10 位数字，或 bm 加 8 位数字");
	}

	@Test
	void normalisesDomainsSoThatUniquenessIsExact() {
		assertThat(DomainName.of(" WWW.Shilizhou.GOV.cn. ").value()).isEqualTo("www.shilizhou.gov.cn");
		var zhengwu = DomainName.of("示例.政务");
		assertThat(zhengwu.value()).startsWith("xn--");
		assertThat(zhengwu.isGovernmentDomain()).isTrue();
		assertThat(zhengwu.display()).isEqualTo("示例.政务");
		assertThat(DomainName.of("www.example.edu.cn").isGovernmentDomain()).isFalse();
		assertThat(DomainName.of("gov.cn.example.com").isGovernmentDomain()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "localhost", "a..gov.cn", "-a.gov.cn", "a_b.gov.cn", "http://www.a.gov.cn", "www.a.gov.cn/x" })
	void refusesMalformedDomains(String domain) {
		assertThatThrownBy(() -> DomainName.of(domain)).isInstanceOf(Refusal.class).hasMessageContaining("格式不正确");
	}

	@Test
	void theLifecycleTableAllowsExactlyTheseMoves() {
		assertThat(SiteLifecycle.actionsFrom(SiteStatus.APPLIED)).containsExactly(SiteAction.APPROVE);
		assertThat(SiteLifecycle.actionsFrom(SiteStatus.APPROVED)).containsExactly(SiteAction.OPEN);
		assertThat(SiteLifecycle.actionsFrom(SiteStatus.RUNNING)).containsExactly(SiteAction.ANNOUNCE_CLOSURE, SiteAction.MERGE);
		assertThat(SiteLifecycle.actionsFrom(SiteStatus.CLOSING)).containsExactly(SiteAction.CLOSE, SiteAction.MERGE);
		assertThat(SiteLifecycle.actionsFrom(SiteStatus.CLOSED)).containsExactly(SiteAction.REAPPLY);
		assertThat(SiteLifecycle.actionsFrom(SiteStatus.MERGED)).isEmpty();
	}

	@Test
	void everyRefusedMoveSaysWhereTheSiteStandsAndWhatWasAsked() {
		Arrays.stream(SiteStatus.values()).forEach(from -> Arrays.stream(SiteAction.values())
			.filter(action -> SiteLifecycle.target(from, action).isEmpty())
			.forEach(action -> assertThat(SiteLifecycle.notAllowed(from, action))
				.isEqualTo("网站当前状态为「" + from.label() + "」，不能执行「" + action.label() + "」")));
	}
}

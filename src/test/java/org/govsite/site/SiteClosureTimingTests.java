package org.govsite.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.govsite.shared.Refusal;
import org.govsite.support.GovSiteTest;
import org.govsite.support.MutableClock;
import org.govsite.unit.UnitForm;
import org.govsite.unit.UnitKind;
import org.govsite.unit.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The day-counting guards of the lifecycle: 30 days of closure notice, no reopening within a year. */
@GovSiteTest
class SiteClosureTimingTests {

	@TestConfiguration
	static class Time {
		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.parse("2026-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
		}
	}

	@Autowired Sites sites;
	@Autowired Units units;
	@Autowired MutableClock clock;

	@BeforeEach
	void signIn() {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void closesOnTheThirtiethDayOfNoticeAndReopensOnlyAfterAYear() {
		var unit = units.register(new UnitForm("示例自治州档案馆", UnitKind.DEPARTMENT, null, null, null, null, null, null, null, null));
		var site = sites.register(new SiteForm("档案馆网站", SiteType.DEPARTMENT, "9901000031", "daj.shilizhou.gov.cn",
				List.of("archives.shilizhou.gov.cn"), unit.id(), null, "示ICP备31号", "示公网安备31号", (short) 2)).id();
		sites.transition(site, TransitionRequest.of(SiteAction.APPROVE, "批准"));
		sites.transition(site, TransitionRequest.of(SiteAction.OPEN, "开通"));
		sites.transition(site, new TransitionRequest(SiteAction.ANNOUNCE_CLOSURE, "并入门户网站", null, null,
				"内容归档至州档案馆，旧网址跳转门户网站", null));

		clock.advance(Duration.ofDays(29));
		assertThatThrownBy(() -> sites.transition(site, TransitionRequest.of(SiteAction.CLOSE, "公示期满")))
			.isInstanceOf(Refusal.class)
			.hasMessage("关停公示须满 30 天，最早可于 2026-03-31 关停");

		clock.advance(Duration.ofDays(1));
		assertThat(sites.transition(site, TransitionRequest.of(SiteAction.CLOSE, "公示期满")).status()).isEqualTo(SiteStatus.CLOSED);
		assertThat(sites.get(site).closedOn()).hasToString("2026-03-31");

		clock.advance(Duration.ofDays(364));
		assertThatThrownBy(() -> sites.transition(site, TransitionRequest.of(SiteAction.REAPPLY, "重新开设")))
			.isInstanceOf(Refusal.class)
			.hasMessage("已关停的网站一年内不得重新开设，最早可于 2027-03-31 重新申请");

		clock.advance(Duration.ofDays(1));
		assertThat(sites.transition(site, TransitionRequest.of(SiteAction.REAPPLY, "重新开设")).status()).isEqualTo(SiteStatus.APPLIED);
	}

	@Test
	void aClosedSiteKeepsItsDomainsReservedAndCannotBeEdited() {
		var unit = units.register(new UnitForm("示例自治州地方志办公室", UnitKind.DEPARTMENT, null, null, null, null, null, null, null, null));
		var site = sites.register(new SiteForm("地方志网站", SiteType.DEPARTMENT, "9901000032", "dfz.shilizhou.gov.cn",
				List.of(), unit.id(), null, "示ICP备32号", "示公网安备32号", (short) 2));
		sites.transition(site.id(), TransitionRequest.of(SiteAction.APPROVE, "批准"));
		sites.transition(site.id(), TransitionRequest.of(SiteAction.OPEN, "开通"));
		sites.transition(site.id(), new TransitionRequest(SiteAction.MERGE, "整合", null, null, null,
				sites.all().stream().filter(s -> s.siteCode() != null && s.siteCode().equals("9901000001")).findFirst().orElseThrow().id()));
		assertThatThrownBy(() -> sites.change(site.id(), SiteForm.of(site))).isInstanceOf(Refusal.class)
			.hasMessage("网站状态为「已整合」，不能再修改");
	}
}

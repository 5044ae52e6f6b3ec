package org.govsite.publishing.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.govsite.content.ArticleId;
import org.govsite.publishing.PublishRun;
import org.govsite.publishing.PublishedUrls;
import org.govsite.publishing.PublishingAccess;
import org.govsite.publishing.ServedSites;
import org.govsite.publishing.SiteRebuilds;
import org.govsite.publishing.SiteThemes;
import org.govsite.publishing.ThemeForm;
import org.govsite.publishing.ThemeView;
import org.govsite.publishing.Visits;
import org.govsite.shared.Actor;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.transaction.annotation.Transactional;

/** Publishing API: full rebuilds with progress, themes, an article's public address, visit statistics. */
@RestController
@RequestMapping("/api/v1")
class PublishingApi {

	private final SiteRebuilds rebuilds;
	private final SiteThemes themes;
	private final PublishedUrls urls;
	private final Visits visits;
	private final Sites sites;
	private final ServedSites served;

	PublishingApi(SiteRebuilds rebuilds, SiteThemes themes, PublishedUrls urls, Visits visits, Sites sites, ServedSites served) {
		this.served = served;
		this.rebuilds = rebuilds;
		this.themes = themes;
		this.urls = urls;
		this.visits = visits;
		this.sites = sites;
	}

	@PostMapping("/sites/{id}/rebuild")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Transactional
	PublishRun rebuild(@PathVariable String id) {
		var site = siteId(id);
		PublishingAccess.requireSiteAdmin(site);
		return rebuilds.request(site, Actor.current());
	}

	@GetMapping("/sites/{id}/rebuild")
	PublishRun progress(@PathVariable String id) {
		var site = siteId(id);
		PublishingAccess.requireSiteAdmin(site);
		return rebuilds.latest(site).orElseThrow(() -> Refusal.notFound("该网站还没有全站生成记录"));
	}

	/** The nginx map of every closed or merged site's redirects (the same file is kept in the publish directory). */
	@GetMapping(value = "/publishing/nginx-redirects", produces = "text/plain;charset=UTF-8")
	@Transactional(readOnly = true)
	String nginxRedirects() {
		var user = org.govsite.iam.CurrentUser.fromContext().orElseThrow(() -> Refusal.forbidden("请先登录"));
		if (!user.hasPlatformRole(org.govsite.iam.Role.SYSTEM_ADMIN)) {
			throw Refusal.forbidden("只有系统管理员才能取得 nginx 跳转配置");
		}
		return served.nginxRedirects();
	}

	@GetMapping("/sites/{id}/theme")
	ThemeView theme(@PathVariable String id) {
		var site = siteId(id);
		sites.get(site);
		return themes.of(site);
	}

	@PutMapping("/sites/{id}/theme")
	ThemeView changeTheme(@PathVariable String id, @RequestBody ThemeForm form) {
		return themes.change(siteId(id), form);
	}

	@GetMapping("/articles/{id}/public-url")
	Map<String, String> publicUrl(@PathVariable String id) {
		var article = ArticleId.of(id);
		if (article == null) {
			throw Refusal.notFound("信息不存在");
		}
		return Map.of("url", urls.of(article).orElseThrow(() -> Refusal.notFound("该信息尚未在网站上发布")));
	}

	@GetMapping("/sites/{id}/visits")
	Map<String, Object> visits(@PathVariable String id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		var site = siteId(id);
		PublishingAccess.requireStatisticsReader(site);
		sites.get(site);
		if (to.isBefore(from)) {
			throw Refusal.invalid("结束日期不能早于开始日期");
		}
		List<Visits.Day> days = visits.between(site, from, to);
		return Map.of("days", days, "pageViews", days.stream().mapToLong(Visits.Day::pageViews).sum(),
				"uniqueVisitorsSum", days.stream().mapToLong(Visits.Day::uniqueVisitors).sum());
	}

	private static SiteId siteId(@Nullable String id) {
		var site = SiteId.of(id);
		if (site == null) {
			throw Refusal.notFound("网站不存在");
		}
		return site;
	}
}

package org.govsite.publishing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import java.util.regex.Pattern;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.shared.Actor;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-site themes: one main colour (the page design rules allow one main colour), which must carry white text with a
 * contrast of at least 4.5:1 (WCAG 2.1 AA, GB/T 37668), and a logo and banner served from the site itself. A change
 * rebuilds the site.
 */
@Service
public class SiteThemes {

	static final String DEFAULT_COLOR = "#b31b1b";
	private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");
	private static final Pattern LOCAL_PATH = Pattern.compile("[A-Za-z0-9_./-]{1,400}");

	private final JdbcClient jdbc;
	private final Sites sites;
	private final AuditTrail audit;
	private final PublishQueue queue;
	private final Clock clock;

	SiteThemes(JdbcClient jdbc, Sites sites, AuditTrail audit, PublishQueue queue, Clock clock) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.audit = audit;
		this.queue = queue;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ThemeView of(SiteId site) {
		return jdbc.sql("SELECT main_color, logo_path, banner_path FROM site_theme WHERE site_id = ?").param(site.value())
			.query((rs, n) -> new ThemeView(site, rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional()
			.orElse(new ThemeView(site, DEFAULT_COLOR, null, null));
	}

	/** Changes a site's theme (system administrator or the site's administrator) and queues a rebuild. */
	@Transactional
	public ThemeView change(SiteId site, ThemeForm form) {
		PublishingAccess.requireSiteAdmin(site);
		sites.get(site);
		var reasons = new ArrayList<String>();
		var color = form.mainColor() == null ? "" : form.mainColor().trim().toLowerCase(Locale.ROOT);
		if (!HEX.matcher(color).matches()) {
			reasons.add("主色调须为 # 加 6 位十六进制数字的颜色值，例如 #b31b1b");
		}
		else {
			double contrast = contrastWithWhite(color);
			if (contrast < 4.5) {
				reasons.add(String.format("主色调 %s 与白色文字的对比度为 %.2f:1，低于无障碍要求的 4.5:1，请选择更深的颜色", color, contrast));
			}
		}
		var logo = localPath(form.logoPath(), "网站标志", reasons);
		var banner = localPath(form.bannerPath(), "横幅图片", reasons);
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		var before = of(site);
		jdbc.sql("""
				INSERT INTO site_theme (site_id, main_color, logo_path, banner_path, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (site_id) DO UPDATE SET main_color = excluded.main_color, logo_path = excluded.logo_path,
				    banner_path = excluded.banner_path, updated_by = excluded.updated_by, updated_at = excluded.updated_at
				""").params(site.value(), color, logo, banner, Actor.current(), Timestamp.from(Instant.now(clock))).update();
		var after = of(site);
		audit.record(AuditRecord.of("SITE_THEME_CHANGED", "site", site.value(), "修改网站主题：主色调 " + color).withChange(before, after));
		queue.enqueueRebuild(site, Actor.current());
		return after;
	}

	private static @Nullable String localPath(@Nullable String path, String what, java.util.List<String> reasons) {
		if (path == null || path.isBlank()) {
			return null;
		}
		var trimmed = path.trim();
		if (!LOCAL_PATH.matcher(trimmed).matches() || trimmed.startsWith("//") || trimmed.contains("..")) {
			reasons.add(what + "须为本网站上的文件路径（如 /assets/logo.png），不能引用外部网站");
		}
		return trimmed;
	}

	/** The WCAG contrast ratio of white text on the colour. */
	static double contrastWithWhite(String hex) {
		int rgb = Integer.parseInt(hex.substring(1), 16);
		double luminance = 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
		return 1.05 / (luminance + 0.05);
	}

	private static double channel(int value) {
		double c = value / 255.0;
		return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}
}

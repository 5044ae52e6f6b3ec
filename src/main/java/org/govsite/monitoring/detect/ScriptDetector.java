package org.govsite.monitoring.detect;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.govsite.monitoring.Check;
import org.govsite.monitoring.Detection;
import org.govsite.monitoring.FetchedPage;
import org.govsite.monitoring.PageDetector;
import org.govsite.monitoring.Severity;
import org.jsoup.Jsoup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Obfuscated or injected scripts (挂马、恶意跳转):
 * <ul>
 * <li>{@code OBFUSCATED_SCRIPT} (严重): inline code that hides what it does — {@code eval}, {@code String.fromCharCode},
 * {@code unescape}, {@code atob}, packer output, or ten or more hex/unicode escapes — reported with "跳转" when it
 * also sets the location;</li>
 * <li>{@code CONDITIONAL_REDIRECT} (严重): a location change decided by {@code document.referrer} or
 * {@code navigator.userAgent} (visitors from a search engine, or spiders, sent elsewhere);</li>
 * <li>{@code SCRIPT_WRITE} (严重): {@code document.write} of a {@code <script>} from a host not trusted;</li>
 * <li>{@code UNEXPECTED_SCRIPT_HOST} (一般): a {@code <script src>} on a host that is neither the page's own site nor
 * in {@code govsite.monitoring.detect.allowed-script-hosts}.</li>
 * </ul>
 * A well-known counter snippet ({@code document.write(unescape(…))} of a script from a trusted host) is not reported.
 */
@Component
class ScriptDetector implements PageDetector {
	/** Selectors parsed once: parsing one per call was the crawl's largest cost (jsoup 1.24 fills a buffer per parse). */
	private static final org.jsoup.select.Evaluator SCRIPT = org.jsoup.select.QueryParser.parse("script");


	private static final Pattern ESCAPES = Pattern.compile("\\\\x[0-9a-fA-F]{2}|\\\\u[0-9a-fA-F]{4}");
	private static final Pattern OBFUSCATION = Pattern.compile(
			"\\beval\\s*\\(|String\\s*\\.\\s*fromCharCode|\\bunescape\\s*\\(|\\batob\\s*\\(|function\\s*\\(\\s*p\\s*,\\s*a\\s*,\\s*c\\s*,\\s*k\\s*,\\s*e");
	private static final Pattern REDIRECT = Pattern.compile(
			"(?:window\\.|top\\.|self\\.|document\\.|parent\\.)?location(?:\\.href)?\\s*=(?!=)|location\\s*\\.\\s*(?:replace|assign)\\s*\\(|http-equiv\\s*=\\s*['\"]?refresh");
	private static final Pattern CONDITION = Pattern.compile("document\\s*\\.\\s*referrer|navigator\\s*\\.\\s*userAgent");
	private static final Pattern WRITE = Pattern.compile("document\\s*\\.\\s*write(?:ln)?\\s*\\(");
	private static final Pattern SCRIPT_SRC = Pattern.compile("<script[^>]*?src[^>]*?([a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,})", Pattern.CASE_INSENSITIVE);

	private final Set<String> allowedHosts;

	ScriptDetector(@Value("${govsite.monitoring.detect.allowed-script-hosts:gov.cn,kaipuyun.cn,baidu.com,bdstatic.com,cnzz.com}") List<String> allowedHosts) {
		this.allowedHosts = Set.copyOf(allowedHosts);
	}

	@Override
	public Check check() {
		return Check.SCRIPTS;
	}

	@Override
	public List<Detection> inspect(FetchedPage page) {
		if (!page.html() || page.body().isEmpty()) {
			return List.of();
		}
		var document = Jsoup.parse(page.body(), page.finalUrl().toString());
		var pageHost = page.finalUrl().getHost() == null ? "" : page.finalUrl().getHost().toLowerCase(Locale.ROOT);
		var detections = new ArrayList<Detection>();
		for (var script : document.select(SCRIPT)) {
			if (script.hasAttr("src")) {
				var src = script.absUrl("src");
				var host = Domains.host(src);
				if (host != null && !Domains.trusted(host, pageHost, allowedHosts)) {
					detections.add(new Detection(Check.SCRIPTS, "UNEXPECTED_SCRIPT_HOST", Severity.GENERAL, true, src,
							"脚本来自本网站以外且不在允许名单中的域名 " + host + "：" + Domains.clip(script.outerHtml(), 200), null));
				}
				continue;
			}
			var code = script.data();
			if (!code.isBlank()) {
				inline(code, pageHost, detections);
			}
		}
		return detections;
	}

	private void inline(String code, String pageHost, List<Detection> detections) {
		var decoded = decode(code);
		var written = WRITE.matcher(code).find() ? untrustedScriptHosts(decoded, pageHost) : Set.<String>of();
		boolean writesScript = WRITE.matcher(code).find() && decoded.toLowerCase(Locale.ROOT).contains("<script");
		var signals = new LinkedHashSet<String>();
		var obfuscation = OBFUSCATION.matcher(code);
		while (obfuscation.find()) {
			signals.add(obfuscation.group().replaceAll("\\s+", "").replaceAll("\\($", ""));
		}
		var escapes = ESCAPES.matcher(code).results().count();
		if (escapes >= 10) {
			signals.add(escapes + " 处十六进制/Unicode 转义");
		}
		boolean redirect = REDIRECT.matcher(decoded).find();
		boolean trustedCounter = writesScript && written.isEmpty() && signals.stream().allMatch(s -> s.startsWith("unescape"));
		var evidence = Domains.clip(code, 200);
		if (!signals.isEmpty() && !trustedCounter) {
			detections.add(new Detection(Check.SCRIPTS, "OBFUSCATED_SCRIPT", Severity.SERIOUS, true, null,
					(redirect ? "混淆脚本并执行跳转" : "混淆脚本") + "（" + String.join("、", signals) + "）：" + evidence, null));
		}
		else if (redirect && CONDITION.matcher(decoded).find()) {
			detections.add(new Detection(Check.SCRIPTS, "CONDITIONAL_REDIRECT", Severity.SERIOUS, true, null,
					"按来源页或浏览器标识有条件跳转（疑似针对搜索引擎来访者的劫持）：" + evidence, null));
		}
		if (writesScript && !written.isEmpty()) {
			detections.add(new Detection(Check.SCRIPTS, "SCRIPT_WRITE", Severity.SERIOUS, true,
					written.iterator().next(), "document.write 写入外部脚本（" + String.join("、", written) + "）：" + evidence, null));
		}
	}

	/** The hosts of {@code <script src>} written by the code that are neither the site's nor allowed. */
	private Set<String> untrustedScriptHosts(String decoded, String pageHost) {
		var hosts = new LinkedHashSet<String>();
		var matcher = SCRIPT_SRC.matcher(decoded);
		while (matcher.find()) {
			var host = matcher.group(1).toLowerCase(Locale.ROOT);
			if (!Domains.trusted(host, pageHost, allowedHosts)) {
				hosts.add(host);
			}
		}
		return hosts;
	}

	/** The code with percent-escapes and \\x / \\u escapes decoded, so that what it writes can be read. */
	static String decode(String code) {
		var text = ESCAPES.matcher(code).replaceAll(m -> {
			var digits = m.group().substring(2);
			return java.util.regex.Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(digits, 16)));
		});
		try {
			return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return text;
		}
	}
}

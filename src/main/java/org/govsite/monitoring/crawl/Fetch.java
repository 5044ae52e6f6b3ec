package org.govsite.monitoring.crawl;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One fetch as recorded: what was asked, where redirects ended, the final status (0 when no answer came), why it
 * failed when it did, how long it took, how many bytes came, the body when one was asked for, and when the TLS
 * certificate expires (https only).
 */
public record Fetch(URI url, URI finalUrl, int status, @Nullable Failure failure, long latencyMillis, long size,
		String contentType, Map<String, List<String>> headers, int redirects, @Nullable String body,
		java.time.@Nullable Instant certificateExpires) {

	/** Why no usable answer came. */
	public enum Failure {
		TIMEOUT("超时"), DNS("域名无法解析"), TLS("证书或加密连接错误"), CONNECTION("无法连接"), REDIRECT_LOOP("重定向循环"),
		TOO_MANY_REDIRECTS("重定向次数过多"), IO("读取中断");

		private final String label;

		Failure(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public boolean html() {
		var type = contentType.toLowerCase(java.util.Locale.ROOT);
		return type.contains("html") || (type.isEmpty() && body != null && body.stripLeading().startsWith("<"));
	}

	/** A 403 that is a bot challenge (a WAF asking for a browser), not a missing page. */
	public boolean challenge() {
		if (status != 403 && status != 503) {
			return false;
		}
		if (headers.containsKey("cf-mitigated") || headers.containsKey("x-amzn-waf-action")) {
			return true;
		}
		var server = String.join(",", headers.getOrDefault("server", List.of())).toLowerCase(java.util.Locale.ROOT);
		var text = body == null ? "" : body.toLowerCase(java.util.Locale.ROOT);
		return server.contains("cloudflare") || text.contains("captcha") || text.contains("challenge-platform")
				|| text.contains("安全验证") || text.contains("人机验证");
	}

	/** The status and failure as one short text: {@code 404}, {@code 超时}. */
	public String outcome() {
		return failure != null ? failure.label() : String.valueOf(status);
	}
}

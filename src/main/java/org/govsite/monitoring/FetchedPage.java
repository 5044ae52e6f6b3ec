package org.govsite.monitoring;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A page as the crawler fetched it, handed to every {@link PageDetector}.
 *
 * @param url the URL asked for (normalised)
 * @param finalUrl where redirects ended
 * @param status the HTTP status of the final response
 * @param contentType the response's content type, empty when none was sent
 * @param body the decoded text of the body (charset detected: UTF-8, GBK, GB18030 …)
 * @param headers the final response's headers, names in lower case
 * @param profile who fetched it: {@code BROWSER}, {@code BAIDUSPIDER}, {@code MOBILE}, {@code BAIDU_REFERER}
 */
public record FetchedPage(URI url, URI finalUrl, int status, String contentType, String body,
		Map<String, List<String>> headers, String profile) {

	public boolean html() {
		return contentType.isEmpty() || contentType.toLowerCase(java.util.Locale.ROOT).contains("html");
	}
}

package org.govsite.monitoring.detect;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.govsite.monitoring.FetchedPage;

/** Fetched pages for detector tests. */
final class Pages {

	static final String HOME = "https://www.jiaxian.gov.cn/";

	private Pages() {
	}

	static FetchedPage html(String body) {
		return as("BROWSER", HOME, body);
	}

	static FetchedPage as(String profile, String finalUrl, String body) {
		return new FetchedPage(URI.create(HOME), URI.create(finalUrl), 200, "text/html; charset=utf-8", body,
				Map.of("content-type", List.of("text/html; charset=utf-8")), profile);
	}
}

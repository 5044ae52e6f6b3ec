package org.govsite.monitoring.crawl;

/**
 * What a link check says: only 404, 410, a 403 that is not a bot challenge, and redirect loops are certainly broken
 * (确认); timeouts, 5xx, TLS and DNS failures and other 4xx may pass and are suspected (疑似), re-checked before
 * they are confirmed.
 */
public enum Verdict {
	OK, BROKEN, SUSPECTED;

	public static Verdict of(Fetch fetch) {
		if (fetch.failure() != null) {
			return fetch.failure() == Fetch.Failure.REDIRECT_LOOP || fetch.failure() == Fetch.Failure.TOO_MANY_REDIRECTS
					? BROKEN : SUSPECTED;
		}
		int status = fetch.status();
		if (status == 404 || status == 410) {
			return BROKEN;
		}
		if (status == 403) {
			return fetch.challenge() ? OK : BROKEN;
		}
		if (status == 401) {
			return OK;
		}
		if (status >= 400 || status == 0) {
			return fetch.challenge() ? OK : SUSPECTED;
		}
		return OK;
	}
}

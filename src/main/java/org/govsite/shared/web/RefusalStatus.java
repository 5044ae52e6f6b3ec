package org.govsite.shared.web;

import org.govsite.shared.Refusal;
import org.springframework.http.HttpStatus;

/** The one mapping of a refusal's kind to an HTTP status, for every edge (API problems, console pages, public pages). */
public final class RefusalStatus {

	private RefusalStatus() {
	}

	public static HttpStatus of(Refusal.Kind kind) {
		return switch (kind) {
			case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
			case CONFLICT -> HttpStatus.CONFLICT;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
		};
	}
}

package org.govsite.shared;

import java.util.List;

/**
 * Thrown when a rule refuses an action. Carries every reason, each a sentence in Chinese that a user can read.
 * Web adapters turn it into an RFC 9457 problem document; domain code never knows about HTTP.
 */
public class Refusal extends RuntimeException {

	/** What kind of refusal this is; the web edge maps it to a status code. */
	public enum Kind {
		/** The input breaks a rule of form or content. */
		INVALID,
		/** The input clashes with what already exists (a duplicate, a state that forbids it). */
		CONFLICT,
		/** The thing asked for does not exist. */
		NOT_FOUND,
		/** The actor may not do this. */
		FORBIDDEN,
		/** The actor asked too often (a rate limit); the edge answers 429 with Retry-After. */
		TOO_MANY
	}

	private final Kind kind;
	private final List<String> reasons;

	public Refusal(Kind kind, List<String> reasons) {
		super(String.join("；", reasons));
		if (reasons.isEmpty()) {
			throw new IllegalArgumentException("a refusal needs at least one reason");
		}
		this.kind = kind;
		this.reasons = List.copyOf(reasons);
	}

	public static Refusal invalid(String reason) {
		return new Refusal(Kind.INVALID, List.of(reason));
	}

	public static Refusal conflict(String reason) {
		return new Refusal(Kind.CONFLICT, List.of(reason));
	}

	public static Refusal notFound(String reason) {
		return new Refusal(Kind.NOT_FOUND, List.of(reason));
	}

	public static Refusal forbidden(String reason) {
		return new Refusal(Kind.FORBIDDEN, List.of(reason));
	}

	/** Throws a refusal of the given kind when any reason was collected. */
	public static void throwIfAny(Kind kind, List<String> reasons) {
		if (!reasons.isEmpty()) {
			throw new Refusal(kind, reasons);
		}
	}

	public Kind kind() {
		return kind;
	}

	public List<String> reasons() {
		return reasons;
	}
}

package org.govsite.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

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

	/** A reason, tied to the form field it concerns ({@code field} is the field's name) or to none. */
	public record Placed(@Nullable String field, String reason) {

		public static Placed at(String field, String reason) {
			return new Placed(field, reason);
		}

		public static Placed anywhere(String reason) {
			return new Placed(null, reason);
		}
	}

	private final Kind kind;
	private final List<Placed> placed;

	public Refusal(Kind kind, List<String> reasons) {
		this(reasons.stream().map(Placed::anywhere).toList(), kind);
	}

	private Refusal(List<Placed> placed, Kind kind) {
		super(String.join("；", placed.stream().map(Placed::reason).toList()));
		if (placed.isEmpty()) {
			throw new IllegalArgumentException("a refusal needs at least one reason");
		}
		this.kind = kind;
		this.placed = List.copyOf(placed);
	}

	/** Throws a refusal of the given kind when any reason was collected, each reason kept beside its field. */
	public static void throwIfAnyPlaced(Kind kind, List<Placed> reasons) {
		if (!reasons.isEmpty()) {
			throw new Refusal(reasons, kind);
		}
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

	/** Every reason, in the order collected. */
	public List<String> reasons() {
		return placed.stream().map(Placed::reason).toList();
	}

	/** The reasons tied to a form field, by field name (so that a form can show each beside its field). */
	public Map<String, List<String>> reasonsByField() {
		var byField = new LinkedHashMap<String, List<String>>();
		placed.stream().filter(p -> p.field() != null)
			.forEach(p -> byField.computeIfAbsent(p.field(), field -> new ArrayList<>()).add(p.reason()));
		return byField;
	}

	/** The reasons tied to no field. */
	public List<String> unplacedReasons() {
		return placed.stream().filter(p -> p.field() == null).map(Placed::reason).toList();
	}
}

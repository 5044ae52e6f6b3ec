package org.govsite.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every reason an action is refused before it fires (Whitehall's habit): each rule adds its sentence, then
 * {@link #throwIfAny(Refusal.Kind)} refuses with all of them at once.
 */
public final class Reasons {

	private final List<Refusal.Placed> sentences = new ArrayList<>();
	private final boolean stateAllows;

	public Reasons() {
		this.stateAllows = true;
	}

	private Reasons(boolean stateAllows) {
		this.stateAllows = stateAllows;
	}

	static Reasons forAllowedState() {
		return new Reasons(true);
	}

	static Reasons forForbiddenState(String sentence) {
		return new Reasons(false).add(sentence);
	}

	/** False when a {@link Transitions} table forbids the action from the current state (its sentence comes first). */
	public boolean stateAllows() {
		return stateAllows;
	}

	/** Adds the sentence when the condition holds; returns this for chaining. */
	public Reasons when(boolean refused, String sentence) {
		if (refused) {
			add(sentence);
		}
		return this;
	}

	public Reasons add(String sentence) {
		sentences.add(Refusal.Placed.anywhere(sentence));
		return this;
	}

	/** Adds the sentence tied to the form field it concerns, so that a form can show it beside that field. */
	public Reasons at(String field, String sentence) {
		sentences.add(Refusal.Placed.at(field, sentence));
		return this;
	}

	public Reasons addAll(List<String> more) {
		more.forEach(this::add);
		return this;
	}

	public boolean isEmpty() {
		return sentences.isEmpty();
	}

	public List<String> list() {
		return sentences.stream().map(Refusal.Placed::reason).toList();
	}

	/**
	 * Refuses with every collected reason, if there is any: {@link Refusal.Kind#CONFLICT} when the state forbids the
	 * action, else {@link Refusal.Kind#INVALID}.
	 */
	public void refuse() {
		throwIfAny(stateAllows ? Refusal.Kind.INVALID : Refusal.Kind.CONFLICT);
	}

	/** Refuses with every collected reason, if there is any. */
	public void throwIfAny(Refusal.Kind kind) {
		Refusal.throwIfAnyPlaced(kind, sentences);
	}
}

package org.govsite.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every reason an action is refused before it fires (Whitehall's habit): each rule adds its sentence, then
 * {@link #throwIfAny(Refusal.Kind)} refuses with all of them at once.
 */
public final class Reasons {

	private final List<String> sentences = new ArrayList<>();

	/** Adds the sentence when the condition holds; returns this for chaining. */
	public Reasons when(boolean refused, String sentence) {
		if (refused) {
			sentences.add(sentence);
		}
		return this;
	}

	public Reasons add(String sentence) {
		sentences.add(sentence);
		return this;
	}

	public Reasons addAll(List<String> more) {
		sentences.addAll(more);
		return this;
	}

	public boolean isEmpty() {
		return sentences.isEmpty();
	}

	public List<String> list() {
		return List.copyOf(sentences);
	}

	/** Refuses with every collected reason, if there is any. */
	public void throwIfAny(Refusal.Kind kind) {
		Refusal.throwIfAny(kind, sentences);
	}
}

package org.govsite.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * The one way a lifecycle is written in GovSite: a table of actions, each with the states it may start from, the
 * state it leads to (or "stays") and its guards, each guard a named rule over the facts of the case that answers with a
 * sentence when it refuses. Every lifecycle (site, article, message, participation, finding, incident, rectification,
 * disclosure request …) declares one table; services ask it {@link #refusals what stands in the way}, then
 * {@link #target where the action leads}; templates iterate over {@link #actionsFrom the actions allowed}.
 *
 * <pre>{@code
 * static final Transitions<Status, Action, Finding> TABLE = Transitions.<Status, Action, Finding>of(Status.class, Action.class)
 *         .allow(CONFIRM, Set.of(OPEN), CONFIRMED)
 *         .allow(FIX, Set.of(OPEN, CONFIRMED), FIXED, Guard.of(f -> !f.rechecked(), f -> "整改未经复查，不能标记为已整改"))
 *         .stay(COMMENT, EnumSet.allOf(Status.class))
 *         .build(from -> action -> "问题当前状态为「" + from.label() + "」，不能执行「" + action.label() + "」");
 * }</pre>
 *
 * @param <S> the states
 * @param <A> the actions
 * @param <F> the facts a guard reads (use {@code Void}-like records when there are none)
 */
public final class Transitions<S extends Enum<S> & Labelled, A extends Enum<A> & Labelled, F> {

	/** A named rule that may refuse an action: a test over the facts and the sentence that explains the refusal. */
	public record Guard<F>(Predicate<F> refuses, Function<F, String> sentence) {

		public static <F> Guard<F> of(Predicate<F> refuses, String sentence) {
			return new Guard<>(refuses, facts -> sentence);
		}

		public static <F> Guard<F> of(Predicate<F> refuses, Function<F, String> sentence) {
			return new Guard<>(refuses, sentence);
		}
	}

	/** The sentence saying an action is not allowed from a state. */
	@FunctionalInterface
	public interface NotAllowed<S, A> {
		String sentence(S from, A action);
	}

	/** Where a move leads: a fixed state, the from-state ("stays"), or a state chosen from the facts. */
	private record Move<S, F>(Set<S> from, @Nullable S to, @Nullable Function<F, S> chosen, List<Guard<F>> guards) {

		S target(S start, @Nullable F facts) {
			if (chosen != null) {
				if (facts == null) {
					throw new IllegalStateException("this move's target depends on the facts; ask target(from, action, facts)");
				}
				return chosen.apply(facts);
			}
			return to == null ? start : to;
		}
	}

	private final Class<A> actions;
	private final Map<A, Move<S, F>> moves;
	private final NotAllowed<S, A> notAllowed;

	private Transitions(Class<A> actions, Map<A, Move<S, F>> moves, NotAllowed<S, A> notAllowed) {
		this.actions = actions;
		this.moves = moves;
		this.notAllowed = notAllowed;
	}

	public static <S extends Enum<S> & Labelled, A extends Enum<A> & Labelled, F> Builder<S, A, F> of(Class<S> states,
			Class<A> actions) {
		return new Builder<>(states, actions);
	}

	/** Where the action leads from this state, or empty when the table does not allow it from there. */
	public Optional<S> target(S from, A action) {
		return allows(from, action) ? Optional.of(moves.get(action).target(from, null)) : Optional.empty();
	}

	/** Where the action leads from this state for these facts (for moves whose target the facts choose). */
	public Optional<S> target(S from, A action, F facts) {
		return allows(from, action) ? Optional.of(moves.get(action).target(from, facts)) : Optional.empty();
	}

	/** Whether the table allows the action from this state (guards not consulted). */
	public boolean allows(S from, A action) {
		var move = moves.get(action);
		return move != null && move.from().contains(from);
	}

	/**
	 * Starts collecting the reasons against an action, for rules that read what the actor typed as well as the facts:
	 * the state sentence comes first when the table forbids the action; {@link Reasons#refuse()} then refuses with
	 * {@link Refusal.Kind#CONFLICT} if the state forbids it, else with {@link Refusal.Kind#INVALID}.
	 */
	public Reasons check(S from, A action) {
		return allows(from, action) ? Reasons.forAllowedState() : Reasons.forForbiddenState(notAllowed.sentence(from, action));
	}

	/** The actions the table allows from a state, in declaration order of the action enum. */
	public List<A> actionsFrom(S from) {
		return Arrays.stream(actions.getEnumConstants()).filter(action -> allows(from, action)).toList();
	}

	/** The actions allowed from a state whose guards all pass for these facts. */
	public List<A> actionsFrom(S from, F facts) {
		return actionsFrom(from).stream().filter(action -> guardRefusals(action, facts).isEmpty()).toList();
	}

	/**
	 * Every reason the action cannot happen: the state sentence when the table does not allow it (then no guard is
	 * asked, since the facts of another state mean nothing), else the sentence of every guard that refuses.
	 */
	public List<String> refusals(S from, A action, F facts) {
		if (!allows(from, action)) {
			return List.of(notAllowed.sentence(from, action));
		}
		return guardRefusals(action, facts);
	}

	/**
	 * Checks the action and returns where it leads; refuses with {@link Refusal.Kind#CONFLICT} when the state forbids
	 * it, else with {@code guardKind} listing every guard that refuses.
	 */
	public S fire(S from, A action, F facts, Refusal.Kind guardKind) {
		if (!allows(from, action)) {
			throw Refusal.conflict(notAllowed.sentence(from, action));
		}
		Refusal.throwIfAny(guardKind, guardRefusals(action, facts));
		return moves.get(action).target(from, facts);
	}

	/** The state sentence for a refused move, for callers that collect reasons themselves. */
	public String notAllowedSentence(S from, A action) {
		return notAllowed.sentence(from, action);
	}

	private List<String> guardRefusals(A action, F facts) {
		var move = moves.get(action);
		var sentences = new ArrayList<String>();
		for (var guard : move.guards()) {
			if (guard.refuses().test(facts)) {
				sentences.add(guard.sentence().apply(facts));
			}
		}
		return sentences;
	}

	/** Declares the table row by row. */
	public static final class Builder<S extends Enum<S> & Labelled, A extends Enum<A> & Labelled, F> {

		private final Class<S> states;
		private final Class<A> actions;
		private final Map<A, Move<S, F>> moves;

		private Builder(Class<S> states, Class<A> actions) {
			this.states = states;
			this.actions = actions;
			this.moves = new EnumMap<>(actions);
		}

		/** The action leads from any of these states to {@code to}, if every guard lets it. */
		@SafeVarargs
		public final Builder<S, A, F> allow(A action, Set<S> from, S to, Guard<F>... guards) {
			return put(action, from, to, null, guards);
		}

		/**
		 * The action leads from any of these states to the state the facts choose (三审's 审核通过: the next review step,
		 * or 已发布/已排期 after the last one).
		 */
		@SafeVarargs
		public final Builder<S, A, F> choose(A action, Set<S> from, Function<F, S> to, Guard<F>... guards) {
			return put(action, from, null, to, guards);
		}

		/** The action is allowed from these states and leaves the state as it is (an edit, a comment). */
		@SafeVarargs
		public final Builder<S, A, F> stay(A action, Set<S> from, Guard<F>... guards) {
			return put(action, from, null, null, guards);
		}

		private Builder<S, A, F> put(A action, Set<S> from, @Nullable S to, @Nullable Function<F, S> chosen,
				Guard<F>[] guards) {
			if (moves.containsKey(action)) {
				throw new IllegalStateException("action declared twice: " + action);
			}
			if (from.isEmpty()) {
				throw new IllegalArgumentException("action " + action + " needs at least one from-state");
			}
			moves.put(action, new Move<>(EnumSet.copyOf(from), to, chosen, List.of(guards)));
			return this;
		}

		/** Finishes the table; every action of the enum must have a row. */
		public Transitions<S, A, F> build(NotAllowed<S, A> notAllowed) {
			var declared = EnumSet.noneOf(actions);
			declared.addAll(moves.keySet());
			var missing = EnumSet.complementOf(declared);
			if (!missing.isEmpty()) {
				throw new IllegalStateException("actions without a row in the " + states.getSimpleName() + " table: " + missing);
			}
			return new Transitions<>(actions, new EnumMap<>(moves), notAllowed);
		}
	}
}

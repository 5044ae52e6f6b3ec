package org.govsite.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.govsite.shared.Transitions.Guard;
import org.junit.jupiter.api.Test;

class TransitionsTests {

	enum Door implements Labelled {
		OPEN("开"), SHUT("关"), LOCKED("锁");

		private final String label;

		Door(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	enum Act implements Labelled {
		CLOSE("关门"), LOCK("上锁"), UNLOCK("开锁"), KNOCK("敲门");

		private final String label;

		Act(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	record Facts(boolean hasKey, boolean night) {
	}

	static final Transitions<Door, Act, Facts> TABLE = Transitions.<Door, Act, Facts>of(Door.class, Act.class)
		.allow(Act.CLOSE, Set.of(Door.OPEN), Door.SHUT)
		.allow(Act.LOCK, Set.of(Door.SHUT), Door.LOCKED, Guard.of(f -> !f.hasKey(), "没有钥匙不能上锁"))
		.allow(Act.UNLOCK, Set.of(Door.LOCKED), Door.SHUT, Guard.of(f -> !f.hasKey(), "没有钥匙不能开锁"),
				Guard.of(Facts::night, f -> "夜间不开锁"))
		.stay(Act.KNOCK, EnumSet.allOf(Door.class))
		.build((from, action) -> "门当前为「" + from.label() + "」，不能「" + action.label() + "」");

	@Test
	void leadsWhereTheTableSaysAndStaysForStayActions() {
		assertThat(TABLE.target(Door.OPEN, Act.CLOSE)).contains(Door.SHUT);
		assertThat(TABLE.target(Door.LOCKED, Act.KNOCK)).contains(Door.LOCKED);
		assertThat(TABLE.target(Door.OPEN, Act.LOCK)).isEmpty();
	}

	@Test
	void listsTheActionsAllowedFromAStateInEnumOrder() {
		assertThat(TABLE.actionsFrom(Door.SHUT)).containsExactly(Act.LOCK, Act.KNOCK);
		assertThat(TABLE.actionsFrom(Door.SHUT, new Facts(false, false))).containsExactly(Act.KNOCK);
	}

	@Test
	void collectsEveryGuardSentenceButOnlyTheStateSentenceWhenTheStateForbids() {
		assertThat(TABLE.refusals(Door.LOCKED, Act.UNLOCK, new Facts(false, true)))
			.containsExactly("没有钥匙不能开锁", "夜间不开锁");
		assertThat(TABLE.refusals(Door.OPEN, Act.UNLOCK, new Facts(false, true)))
			.containsExactly("门当前为「开」，不能「开锁」");
		assertThat(TABLE.refusals(Door.LOCKED, Act.UNLOCK, new Facts(true, false))).isEmpty();
	}

	@Test
	void fireRefusesStateAsConflictAndGuardsWithTheGivenKind() {
		assertThatThrownBy(() -> TABLE.fire(Door.OPEN, Act.LOCK, new Facts(true, false), Refusal.Kind.INVALID))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT));
		assertThatThrownBy(() -> TABLE.fire(Door.SHUT, Act.LOCK, new Facts(false, false), Refusal.Kind.INVALID))
			.isInstanceOfSatisfying(Refusal.class, r -> {
				assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID);
				assertThat(r.reasons()).isEqualTo(List.of("没有钥匙不能上锁"));
			});
		assertThat(TABLE.fire(Door.SHUT, Act.LOCK, new Facts(true, false), Refusal.Kind.INVALID)).isEqualTo(Door.LOCKED);
	}

	@Test
	void refusesATableThatLeavesAnActionWithoutARow() {
		assertThatThrownBy(() -> Transitions.<Door, Act, Facts>of(Door.class, Act.class)
			.allow(Act.CLOSE, Set.of(Door.OPEN), Door.SHUT)
			.build((from, action) -> ""))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("LOCK");
	}

	@Test
	void checkStartsWithTheStateSentenceAndRefusesAsConflictOnlyWhenTheStateForbids() {
		var forbidden = TABLE.check(Door.OPEN, Act.LOCK).add("须说明理由");
		assertThat(forbidden.stateAllows()).isFalse();
		assertThatThrownBy(forbidden::refuse).isInstanceOfSatisfying(Refusal.class, r -> {
			assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
			assertThat(r.reasons()).containsExactly("门当前为「开」，不能「上锁」", "须说明理由");
		});
		var allowed = TABLE.check(Door.SHUT, Act.LOCK).add("须说明理由");
		assertThatThrownBy(allowed::refuse)
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID));
		TABLE.check(Door.SHUT, Act.LOCK).refuse();
	}

	@Test
	void aChosenTargetIsReadFromTheFacts() {
		var chosen = Transitions.<Door, Act, Facts>of(Door.class, Act.class)
			.choose(Act.CLOSE, Set.of(Door.OPEN), f -> f.hasKey() ? Door.LOCKED : Door.SHUT)
			.stay(Act.LOCK, Set.of(Door.SHUT))
			.stay(Act.UNLOCK, Set.of(Door.LOCKED))
			.stay(Act.KNOCK, Set.of(Door.OPEN))
			.build((from, action) -> "不能");
		assertThat(chosen.target(Door.OPEN, Act.CLOSE, new Facts(true, false))).contains(Door.LOCKED);
		assertThat(chosen.fire(Door.OPEN, Act.CLOSE, new Facts(false, false), Refusal.Kind.INVALID)).isEqualTo(Door.SHUT);
		assertThat(chosen.actionsFrom(Door.OPEN)).containsExactly(Act.CLOSE, Act.KNOCK);
		assertThatThrownBy(() -> chosen.target(Door.OPEN, Act.CLOSE)).isInstanceOf(IllegalStateException.class);
	}
}

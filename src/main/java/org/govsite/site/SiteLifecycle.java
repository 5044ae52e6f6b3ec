package org.govsite.site;

import static org.govsite.site.SiteAction.*;
import static org.govsite.site.SiteStatus.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole site lifecycle in one table: 申请中 → 已批准 → 运行中 → 关停公示中 → 已关停, or → 已整合 (merged into a
 * portal); a closed site may apply again after a year. The guards that depend on data live in {@link Sites}.
 */
public final class SiteLifecycle {

	private record Move(Set<SiteStatus> from, SiteStatus to) {
	}

	private static final Map<SiteAction, Move> MOVES = new EnumMap<>(Map.of(
			APPROVE, new Move(Set.of(APPLIED), APPROVED),
			OPEN, new Move(Set.of(APPROVED), RUNNING),
			ANNOUNCE_CLOSURE, new Move(Set.of(RUNNING), CLOSING),
			CLOSE, new Move(Set.of(CLOSING), CLOSED),
			MERGE, new Move(Set.of(RUNNING, CLOSING), MERGED),
			REAPPLY, new Move(Set.of(CLOSED), APPLIED)));

	private SiteLifecycle() {
	}

	/** Where the action leads from this status, or empty when the action is not allowed from it. */
	public static Optional<SiteStatus> target(SiteStatus from, SiteAction action) {
		var move = MOVES.get(action);
		return move.from().contains(from) ? Optional.of(move.to()) : Optional.empty();
	}

	/** The actions a site in this status may take, in lifecycle order. */
	public static List<SiteAction> actionsFrom(SiteStatus from) {
		return java.util.Arrays.stream(SiteAction.values()).filter(action -> target(from, action).isPresent()).toList();
	}

	static String notAllowed(SiteStatus from, SiteAction action) {
		return "网站当前状态为「" + from.label() + "」，不能执行「" + action.label() + "」";
	}
}

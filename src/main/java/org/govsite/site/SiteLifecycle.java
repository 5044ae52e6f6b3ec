package org.govsite.site;

import static org.govsite.site.SiteAction.*;
import static org.govsite.site.SiteStatus.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.govsite.shared.Transitions;

/**
 * The whole site lifecycle in one table: 申请中 → 已批准 → 运行中 → 关停公示中 → 已关停, or → 已整合 (merged into a
 * portal); a closed site may apply again after a year. The guards that depend on data live in {@link Sites}.
 */
public final class SiteLifecycle {

	static final Transitions<SiteStatus, SiteAction, Void> TABLE = Transitions
		.<SiteStatus, SiteAction, Void>of(SiteStatus.class, SiteAction.class)
		.allow(APPROVE, Set.of(APPLIED), APPROVED)
		.allow(OPEN, Set.of(APPROVED), RUNNING)
		.allow(ANNOUNCE_CLOSURE, Set.of(RUNNING), CLOSING)
		.allow(CLOSE, Set.of(CLOSING), CLOSED)
		.allow(MERGE, Set.of(RUNNING, CLOSING), MERGED)
		.allow(REAPPLY, Set.of(CLOSED), APPLIED)
		.build((from, action) -> "网站当前状态为「" + from.label() + "」，不能执行「" + action.label() + "」");

	private SiteLifecycle() {
	}

	/** Where the action leads from this status, or empty when the action is not allowed from it. */
	public static Optional<SiteStatus> target(SiteStatus from, SiteAction action) {
		return TABLE.target(from, action);
	}

	/** The actions a site in this status may take, in lifecycle order. */
	public static List<SiteAction> actionsFrom(SiteStatus from) {
		return TABLE.actionsFrom(from);
	}

	static String notAllowed(SiteStatus from, SiteAction action) {
		return TABLE.notAllowedSentence(from, action);
	}
}

package org.govsite.interaction;

import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.interaction.MessageLifecycle.Action;
import org.govsite.interaction.MessageLifecycle.Extension;
import org.govsite.site.SiteId;
import org.govsite.unit.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * Who may read a message, who sees the citizen's personal data in clear, and who may take which action: the one
 * policy that {@link Messages} enforces and the console and API only ask. A message's personal data (name, mobile,
 * e-mail) is shown in clear to its responders only; every other reader (the supervisor, the site's 初审) gets it
 * masked, through both doors, because the service masks it.
 */
public final class MessageAccess {

	private MessageAccess() {
	}

	/** The facts of a message the rules look at. */
	public record Facts(@Nullable SiteId site, @Nullable UnitId unit, Extension extension, boolean signedOff) {

		static Facts of(StoredMessage m) {
			return new Facts(m.siteId() == null ? null : new SiteId(m.siteId()), m.unitId() == null ? null : new UnitId(m.unitId()),
					m.extension(), m.signedOffBy() != null);
		}

		public static Facts of(MessageView m) {
			return new Facts(m.siteId(), m.unitId(), m.extension(), m.signedOffBy() != null);
		}
	}

	/** 互动办理员 platform-wide, of the message's site, or of the unit it was assigned to. */
	public static boolean isResponder(CurrentUser user, Facts m) {
		if (user.hasPlatformRole(Role.RESPONDER)) {
			return true;
		}
		if (m.site() != null && user.hasRoleOn(Role.RESPONDER, m.site())) {
			return true;
		}
		return m.unit() != null && m.unit().value().equals(user.unitId())
				&& user.grants().stream().anyMatch(g -> g.role() == Role.RESPONDER);
	}

	/** Responders, the supervisor, and the site's 初审 (who signs replies off). */
	public static boolean mayRead(CurrentUser user, Facts m) {
		return isResponder(user, m) || user.hasPlatformRole(Role.SUPERVISOR)
				|| (m.site() != null && user.hasRoleOn(Role.FIRST_REVIEWER, m.site()));
	}

	/** Only the message's responders see the citizen's name, mobile and e-mail in clear. */
	public static boolean seesPersonalData(CurrentUser user, Facts m) {
		return isResponder(user, m);
	}

	/** Whether the account may take the action on the message (its status is the lifecycle's business). */
	public static boolean mayTake(CurrentUser user, Facts m, Action action) {
		return switch (action) {
			case APPROVE_EXTENSION -> user.hasPlatformRole(Role.SUPERVISOR);
			case SIGN_OFF -> m.site() == null ? user.hasPlatformRole(Role.SUPERVISOR)
					: user.hasRoleOn(Role.FIRST_REVIEWER, m.site());
			default -> isResponder(user, m);
		};
	}

	/** Whether the console offers the action: {@link #mayTake} and the message's facts make it meaningful. */
	public static boolean offers(CurrentUser user, Facts m, Action action) {
		return mayTake(user, m, action) && switch (action) {
			case APPROVE_EXTENSION -> m.extension() == Extension.REQUESTED;
			case SIGN_OFF -> !m.signedOff();
			case REQUEST_EXTENSION -> m.extension() == Extension.NONE;
			default -> true;
		};
	}

	/** The sentence a refused {@link #mayTake} gives. */
	static String refusal(Action action) {
		return switch (action) {
			case APPROVE_EXTENSION -> "批准延期须由主管单位监管员操作";
			case SIGN_OFF -> "答复须由本网站的初审人员审核";
			default -> "只有负责该留言的互动办理员才能" + action.label();
		};
	}
}

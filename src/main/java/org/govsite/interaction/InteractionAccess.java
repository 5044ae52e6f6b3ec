package org.govsite.interaction;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.govsite.shared.BeijingTime;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/** Rules of access and parsing shared by solicitations and interviews (both belong to one site). */
final class InteractionAccess {

	private InteractionAccess() {
	}

	static CurrentUser currentUser() {
		return CurrentUser.require();
	}

	/** 互动办理员 of the site (or platform-wide). */
	static boolean responder(CurrentUser user, UUID site) {
		return user.hasRoleOn(Role.RESPONDER, new SiteId(site));
	}

	/** Responders of the site and the supervisor read. */
	static boolean reader(CurrentUser user, UUID site) {
		return responder(user, site) || user.hasPlatformRole(Role.SUPERVISOR);
	}

	static void requireResponder(CurrentUser user, UUID site, String what) {
		if (!responder(user, site)) {
			throw Refusal.forbidden("只有本网站的互动办理员才能" + what);
		}
	}

	static UUID id(@Nullable String text, String label) {
		try {
			return UUID.fromString(text == null ? "" : text.strip());
		}
		catch (IllegalArgumentException e) {
			throw Refusal.notFound(label + "「" + text + "」不存在");
		}
	}

	/** A date-time with an offset, or without one in Beijing time; null (with a reason) when unreadable. */
	static @Nullable Instant dateTime(@Nullable String text, String label, List<String> reasons) {
		if (text == null || text.isBlank()) {
			return null;
		}
		var t = text.strip();
		try {
			return OffsetDateTime.parse(t).toInstant();
		}
		catch (DateTimeParseException e) {
			try {
				return LocalDateTime.parse(t.replace(' ', 'T')).atZone(BeijingTime.ZONE).toInstant();
			}
			catch (DateTimeParseException again) {
				reasons.add(label + "「" + t + "」格式不正确，应为 2026-04-01T09:00");
				return null;
			}
		}
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}
}

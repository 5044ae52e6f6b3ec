package org.govsite.governance;

import java.util.UUID;

import org.govsite.shared.Refusal;

/** Ids typed into paths: anything but a UUID is a record that does not exist. */
public final class GovernanceIds {

	private GovernanceIds() {
	}

	/** The UUID of the text, or a NOT_FOUND refusal naming what was looked for (e.g. 合同). */
	public static UUID uuid(String text, String what) {
		try {
			return UUID.fromString(text.trim());
		}
		catch (IllegalArgumentException e) {
			throw Refusal.notFound(what + "「" + text + "」不存在");
		}
	}
}

package org.govsite.audit;

import org.jspecify.annotations.Nullable;

/** The result of walking the hash chain: intact, or the first entry whose link is broken and why. */
public record ChainVerification(boolean intact, long entriesChecked, @Nullable Long brokenAt, @Nullable String reason) {

	static ChainVerification intact(long entriesChecked) {
		return new ChainVerification(true, entriesChecked, null, null);
	}

	static ChainVerification brokenAt(long entriesChecked, long seq, String reason) {
		return new ChainVerification(false, entriesChecked, seq, reason);
	}
}

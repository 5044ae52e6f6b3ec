package org.govsite.disclosure;

import java.util.UUID;

/** A request for disclosure's id. */
public record DisclosureRequestId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}
}

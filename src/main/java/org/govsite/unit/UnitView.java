package org.govsite.unit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A unit as other modules and the web see it. */
public record UnitView(UnitId id, String name, UnitKind kind, @Nullable UnitId parentId, @Nullable String parentName,
		@Nullable String divisionCode, @Nullable String contactPerson, @Nullable String contactPhone,
		@Nullable String contactEmail, @Nullable String address, @Nullable String leaderInCharge,
		@Nullable String leaderTitle, Instant createdAt) {

	public String kindLabel() {
		return kind.label();
	}
}

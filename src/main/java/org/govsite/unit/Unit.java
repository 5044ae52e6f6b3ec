package org.govsite.unit;

import static org.govsite.shared.Text.blankToNull;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** The unit aggregate. Changed only through {@link Units}. */
@Table("unit")
class Unit {

	@Id UUID id;
	@Version @Nullable Long version;
	String name;
	UnitKind kind;
	@Nullable UUID parentId;
	@Nullable String divisionCode;
	@Nullable String contactPerson;
	@Nullable String contactPhone;
	@Nullable String contactEmail;
	@Nullable String address;
	@Nullable String leaderInCharge;
	@Nullable String leaderTitle;
	Instant createdAt;

	Unit(UUID id, String name, UnitKind kind, Instant createdAt) {
		this.id = id;
		this.name = name;
		this.kind = kind;
		this.createdAt = createdAt;
	}

	void apply(UnitForm form) {
		this.name = form.name().trim();
		this.kind = form.kind();
		this.parentId = form.parentId() == null ? null : form.parentId().value();
		this.divisionCode = blankToNull(form.divisionCode());
		this.contactPerson = blankToNull(form.contactPerson());
		this.contactPhone = blankToNull(form.contactPhone());
		this.contactEmail = blankToNull(form.contactEmail());
		this.address = blankToNull(form.address());
		this.leaderInCharge = blankToNull(form.leaderInCharge());
		this.leaderTitle = blankToNull(form.leaderTitle());
	}

	UnitId unitId() {
		return new UnitId(id);
	}

}

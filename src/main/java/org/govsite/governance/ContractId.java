package org.govsite.governance;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A vendor contract's id. Written as its UUID in JSON and paths. */
public record ContractId(@JsonValue UUID value) {

	@JsonCreator
	public static ContractId of(String text) {
		return new ContractId(GovernanceIds.uuid(text, "合同"));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}

package org.govsite.interaction;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.govsite.site.Sites;
import org.govsite.unit.Units;
import org.springframework.stereotype.Component;

/** The names of sites and units a list of messages shows, each read once per list. */
@Component
class MessageNames {

	private final Sites sites;
	private final Units units;

	MessageNames(Sites sites, Units units) {
		this.sites = sites;
		this.units = units;
	}

	Function<UUID, String> sites() {
		Map<UUID, String> names = new HashMap<>();
		sites.all().forEach(site -> names.put(site.id().value(), site.name()));
		return id -> names.getOrDefault(id, "");
	}

	Function<UUID, String> units() {
		Map<UUID, String> names = new HashMap<>();
		units.all().forEach(unit -> names.put(unit.id().value(), unit.name()));
		return id -> names.getOrDefault(id, "");
	}
}

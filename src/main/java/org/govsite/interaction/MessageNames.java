package org.govsite.interaction;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.govsite.iam.UserAccounts;
import org.govsite.iam.UserView;
import org.govsite.site.Sites;
import org.govsite.unit.Units;
import org.springframework.stereotype.Component;

/** The names of sites, units and people a list of messages shows, each read once per list. */
@Component
class MessageNames {

	private final Sites sites;
	private final Units units;
	private final UserAccounts accounts;

	MessageNames(Sites sites, Units units, UserAccounts accounts) {
		this.sites = sites;
		this.units = units;
		this.accounts = accounts;
	}

	/** The person's name of an account (the username for a removed account or a system actor). */
	String person(String username) {
		return accounts.findByUsername(username).map(UserView::displayName).orElse(username);
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

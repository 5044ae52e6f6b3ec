package org.govsite.interaction.web;

import java.util.List;
import java.util.UUID;

import org.govsite.interaction.ParticipationItems;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The responders' API every kind of participation shares (list, create, read, edit); each kind's controller adds its
 * own moves. Access rules live in the kind's service.
 */
abstract class ParticipationApi<I, V extends ParticipationItems.View<I>, F> {

	private final ParticipationItems<I, V, F> items;

	ParticipationApi(ParticipationItems<I, V, F> items) {
		this.items = items;
	}

	/** A page (from 0, 100 a page) of what the account may read. */
	@GetMapping
	List<V> list(@RequestParam(required = false) @Nullable String siteId, @RequestParam(defaultValue = "0") int page) {
		return items.list(SiteId.of(siteId), page);
	}

	/** 201, in the kind's first status. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	V create(@RequestBody F form) {
		return items.create(form);
	}

	@GetMapping("/{id}")
	V get(@PathVariable String id) {
		return items.get(items.id(id));
	}

	@PutMapping("/{id}")
	V edit(@PathVariable String id, @RequestBody F form) {
		return items.edit(items.id(id), form);
	}

	/** A UUID of a path; anything else is not found. */
	static UUID uuid(String text) {
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw Refusal.notFound("编号「" + text + "」不存在");
		}
	}
}

package org.govsite.site.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.govsite.shared.Refusal;
import org.govsite.site.ChannelView;
import org.govsite.site.Channels;
import org.govsite.site.SiteForm;
import org.govsite.site.SiteId;
import org.govsite.site.SiteTransitionRecord;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.govsite.site.TransitionRequest;
import org.govsite.unit.UnitId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class SiteApi {

	private final Sites sites;
	private final Channels channels;

	SiteApi(Sites sites, Channels channels) {
		this.sites = sites;
		this.channels = channels;
	}

	@GetMapping("/sites")
	List<SiteView> all() {
		return sites.all();
	}

	@GetMapping("/sites/{id}")
	SiteView one(@PathVariable String id) {
		return sites.find(SiteId.of(id)).orElseThrow(() -> Refusal.notFound("网站不存在"));
	}

	@PostMapping("/sites")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	ResponseEntity<SiteView> register(@Valid @RequestBody SiteForm form) {
		var site = sites.register(form);
		return ResponseEntity.created(URI.create("/api/v1/sites/" + site.id())).body(site);
	}

	@PutMapping("/sites/{id}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	SiteView change(@PathVariable String id, @Valid @RequestBody SiteForm form) {
		return sites.change(SiteId.of(id), form);
	}

	/** Takes a lifecycle action: {@code {"action": "APPROVE|OPEN|ANNOUNCE_CLOSURE|CLOSE|MERGE|REAPPLY", "reason": ...}}. */
	@PostMapping("/sites/{id}/transitions")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SUPERVISOR')")
	SiteView transition(@PathVariable String id, @RequestBody TransitionRequest request) {
		return sites.transition(SiteId.of(id), request);
	}

	@GetMapping("/sites/{id}/transitions")
	List<SiteTransitionRecord> history(@PathVariable String id) {
		return sites.history(SiteId.of(id));
	}

	record ChannelRequest(@Nullable String unitId, @Nullable String name, @Nullable String slug) {
	}

	@GetMapping("/channels")
	List<ChannelView> channels() {
		return channels.all();
	}

	@PostMapping("/sites/{id}/channels")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	ChannelView openChannel(@PathVariable String id, @RequestBody ChannelRequest request) {
		var unit = UnitId.of(request.unitId());
		if (unit == null) {
			throw Refusal.invalid("请选择单位");
		}
		return channels.open(SiteId.of(id), unit, request.name(), request.slug());
	}
}

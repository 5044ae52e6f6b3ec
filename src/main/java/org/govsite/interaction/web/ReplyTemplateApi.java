package org.govsite.interaction.web;

import java.util.List;
import java.util.UUID;

import org.govsite.interaction.ReplyTemplates;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 常用语 (reply templates) of the sites where the account answers messages. */
@RestController
@RequestMapping("/api/v1/reply-templates")
class ReplyTemplateApi {

	private final ReplyTemplates templates;

	ReplyTemplateApi(ReplyTemplates templates) {
		this.templates = templates;
	}

	@GetMapping
	List<ReplyTemplates.Template> list(@RequestParam(required = false) @Nullable String siteId) {
		return templates.mine(siteId == null || siteId.isBlank() ? null : SiteId.of(siteId));
	}

	/** {@code {"siteId": "…", "title": "…", "body": "…"}}. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ReplyTemplates.Template create(@RequestBody ReplyTemplates.Form form) {
		return templates.create(form);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		templates.delete(id);
	}
}

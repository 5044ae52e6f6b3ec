package org.govsite.content.web;

import java.util.List;
import java.util.UUID;

import org.govsite.content.ArticleView;
import org.govsite.content.ColumnId;
import org.govsite.content.DirectiveForm;
import org.govsite.content.DirectiveTargetView;
import org.govsite.content.HeadlineDirectives;
import org.govsite.content.TopicForm;
import org.govsite.content.TopicId;
import org.govsite.content.TopicView;
import org.govsite.content.Topics;
import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Special topics (Art. 16) and headline directives (Art. 10). */
@RestController
@RequestMapping("/api/v1")
class TopicDirectiveApi {

	private final Topics topics;
	private final HeadlineDirectives directives;

	TopicDirectiveApi(Topics topics, HeadlineDirectives directives) {
		this.topics = topics;
		this.directives = directives;
	}

	@GetMapping("/sites/{siteId}/topics")
	List<TopicView> topicsOf(@PathVariable String siteId) {
		return topics.ofSite(SiteId.of(siteId));
	}

	@PostMapping("/topics")
	@ResponseStatus(HttpStatus.CREATED)
	TopicView open(@RequestBody TopicForm form) {
		return topics.open(form);
	}

	record Reason(@Nullable String reason) {
	}

	@PostMapping("/topics/{id}/start")
	TopicView start(@PathVariable String id) {
		return topics.start(TopicId.of(id));
	}

	@PostMapping("/topics/{id}/archive")
	TopicView archive(@PathVariable String id, @RequestBody Reason request) {
		return topics.archive(TopicId.of(id), request.reason());
	}

	record Issued(UUID id) {
	}

	@PostMapping("/directives")
	@ResponseStatus(HttpStatus.CREATED)
	Issued issue(@RequestBody DirectiveForm form) {
		return new Issued(directives.issue(form));
	}

	@GetMapping("/directives/board")
	List<DirectiveTargetView> board(@RequestParam(required = false) String siteId) {
		return directives.board(SiteId.of(siteId));
	}

	record Adoption(@Nullable String columnId) {
	}

	@PostMapping("/directives/{id}/sites/{siteId}/adopt")
	ArticleView adopt(@PathVariable UUID id, @PathVariable String siteId, @RequestBody Adoption request) {
		return directives.adopt(id, SiteId.of(siteId), ColumnId.of(request.columnId()));
	}

	@PostMapping("/directives/{id}/sites/{siteId}/decline")
	void decline(@PathVariable UUID id, @PathVariable String siteId, @RequestBody Reason request) {
		directives.decline(id, SiteId.of(siteId), request.reason());
	}
}

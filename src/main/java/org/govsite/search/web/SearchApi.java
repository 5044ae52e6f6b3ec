package org.govsite.search.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.govsite.search.Search;
import org.govsite.search.SearchResults;
import org.govsite.shared.Refusal;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search API: {@code GET /api/v1/search} is public (no token) and finds live articles only; rebuilding and the index
 * status are for 系统管理员. Bad parameters are 400 problems with a Chinese {@code detail}.
 */
@RestController
@RequestMapping("/api/v1/search")
class SearchApi {

	private final Search search;
	private final Sites sites;

	SearchApi(Search search, Sites sites) {
		this.search = search;
		this.sites = sites;
	}

	/**
	 * @param site 网站标识码 (10 digits) or site id; {@code page} is 1-based; {@code from}/{@code to} are yyyy-MM-dd
	 *        (Beijing time, inclusive)
	 */
	@GetMapping
	SearchResults search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String site, @RequestParam(required = false) @Nullable String column,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String validity,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		var siteView = SearchParameters.site(sites, site);
		return search.search(SearchParameters.query(q, siteView, column, from, to, kind, validity, sort, page, size));
	}

	@PostMapping("/rebuild")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	ResponseEntity<Map<String, Object>> rebuild() {
		long change = search.requestRebuild();
		return ResponseEntity.accepted().body(Map.of("change", change, "message", "已请求重建搜索索引，各节点将在数秒内开始重建"));
	}

	@GetMapping("/status")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	Search.Status status() {
		return search.status();
	}

	/** Bad search input is a bad request (400), not a broken business rule. */
	@ExceptionHandler(Refusal.class)
	ProblemDetail refused(Refusal refusal) {
		var status = refusal.kind() == Refusal.Kind.INVALID ? HttpStatus.BAD_REQUEST
				: org.govsite.shared.web.RefusalStatus.of(refusal.kind());
		List<String> reasons = refusal.reasons();
		var problem = ProblemDetail.forStatusAndDetail(status, String.join("；", reasons));
		problem.setType(URI.create("urn:govsite:problem:" + status.value()));
		problem.setTitle(switch (status) {
			case BAD_REQUEST -> "请求无效";
			case CONFLICT -> "与现有数据冲突";
			case NOT_FOUND -> "未找到";
			case FORBIDDEN -> "无权操作";
			default -> status.getReasonPhrase();
		});
		problem.setProperty("reasons", reasons);
		return problem;
	}
}

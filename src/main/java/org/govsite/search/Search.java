package org.govsite.search;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.publishing.PublishedUrls;
import org.govsite.shared.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The search module's service: public searches over live articles and the platform-wide rebuild command. */
@Service
public class Search {

	private final SearchIndex index;
	private final SearchFeed feed;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final PublishedUrls urls;

	Search(SearchIndex index, SearchFeed feed, JdbcClient jdbc, AuditTrail audit, PublishedUrls urls) {
		this.urls = urls;
		this.index = index;
		this.feed = feed;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Anyone may search; only live articles are ever indexed. */
	public SearchResults search(SearchQuery query) {
		var results = index.search(query);
		var hits = results.hits().stream().map(hit -> hit.withUrl(urls.of(hit.id()).orElse(null))).toList();
		return new SearchResults(results.total(), results.page(), results.size(), hits, results.suggestion());
	}

	/** Where this node's index stands. */
	public record Status(long documents, long appliedChange, long latestChange) {
	}

	@Transactional(readOnly = true)
	public Status status() {
		long latest = jdbc.sql("SELECT coalesce(max(seq), 0) FROM search_change").query(Long.class).single();
		return new Status(index.size(), index.appliedChange(), latest);
	}

	/**
	 * Asks every node to rebuild its index from the database (系统管理员 only): a {@code REBUILD} change that each node's
	 * poller carries out; this node starts at once. Returns the change's sequence number.
	 */
	@Transactional
	public long requestRebuild() {
		var user = CurrentUser.require();
		if (!user.hasPlatformRole(Role.SYSTEM_ADMIN)) {
			throw Refusal.forbidden("只有系统管理员才能重建搜索索引");
		}
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(0x736561726368L).query((rs, row) -> 1).list();
		long seq = jdbc.sql("INSERT INTO search_change (op) VALUES ('REBUILD') RETURNING seq").query(Long.class).single();
		audit.record(AuditRecord.of("SEARCH_REBUILD_REQUESTED", "search", "index", "请求重建全平台搜索索引（变更序号 " + seq + "）"));
		feed.wakeAfterCommit();
		return seq;
	}
}

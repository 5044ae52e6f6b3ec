package org.govsite.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.govsite.content.CatalogueFilter;
import org.govsite.content.PublicContent;
import org.govsite.content.Validity;
import org.govsite.publishing.PublishedUrls;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 政府信息公开目录 (Regulations Art. 12): every live item with a 索引号 across the platform, or of one body's site,
 * filtered by 主题分类, 文种, year and 有效性 and searchable by title, 文号 or 索引号. Public: it lists only what is
 * published. A policy's validity (失效/废止, with the day it changed) shows in its line as on its page.
 */
@Service
public class DisclosureCatalogue {

	public static final int PAGE_SIZE = 20;
	public static final int MAX_PAGE_SIZE = 100;

	/** What a visitor asks for; every part optional. {@code genre} is a {@link DocumentGenre} name. */
	public record Query(@Nullable String site, @Nullable String subject, @Nullable String genre, @Nullable Integer year,
			@Nullable Validity validity, @Nullable String q, int page, int size) {
	}

	public record Item(String id, String siteName, @Nullable String siteCode, String title, String indexNo,
			@Nullable String issuingAuthority, @Nullable String documentNo, String genre, @Nullable LocalDate writtenOn,
			LocalDate publishedOn, @Nullable String subjectCategory, @Nullable String validity,
			@Nullable LocalDate validityChangedOn, @Nullable String url) {
	}

	public record Option(String value, String label) {
	}

	public record Page(@Nullable String siteName, long total, int page, int size, int pageCount, List<Item> items,
			List<String> subjects, List<Option> genres, List<Option> validities) {
	}

	private final PublicContent content;
	private final Sites sites;
	private final PublishedUrls urls;
	private final java.time.Clock clock;

	DisclosureCatalogue(PublicContent content, Sites sites, PublishedUrls urls, java.time.Clock clock) {
		this.content = content;
		this.sites = sites;
		this.urls = urls;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page find(Query query) {
		var reasons = new ArrayList<String>();
		SiteView site = null;
		if (query.site() != null && !query.site().isBlank()) {
			site = sites.findBySiteCode(query.site().strip()).filter(s -> s.type().isGovernment()).orElse(null);
			if (site == null) {
				throw Refusal.notFound("没有网站标识码为「" + query.site().strip() + "」的政府网站");
			}
		}
		DocumentGenre genre = null;
		if (query.genre() != null && !query.genre().isBlank()) {
			genre = Arrays.stream(DocumentGenre.values()).filter(g -> g.name().equals(query.genre())).findFirst().orElse(null);
			if (genre == null) {
				reasons.add("文种「" + query.genre() + "」不在可选范围内");
			}
		}
		if (query.year() != null && (query.year() < 1949 || query.year() > BeijingTime.today(clock).getYear() + 1)) {
			reasons.add("年份应在 1949 年至明年之间");
		}
		if (query.q() != null && query.q().length() > 100) {
			reasons.add("检索词不能超过 100 个字符");
		}
		if (query.page() < 1 || query.page() > 10_000) {
			reasons.add("页码应在 1 至 10000 之间");
		}
		if (query.size() < 1 || query.size() > MAX_PAGE_SIZE) {
			reasons.add("每页条数应在 1 至 " + MAX_PAGE_SIZE + " 之间");
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);

		var siteId = site == null ? null : site.id();
		var filter = new CatalogueFilter(siteId, blankToNull(query.subject()), query.year(), query.validity(),
				genre == null ? List.of() : genre == DocumentGenre.OTHER ? DocumentGenre.allEndings() : genre.endings(),
				genre == DocumentGenre.OTHER, blankToNull(query.q()));
		long total = content.countCatalogue(filter);
		var names = new java.util.HashMap<SiteId, SiteView>();
		var items = content.catalogue(filter, (query.page() - 1) * query.size(), query.size()).stream().map(entry -> {
			var owner = names.computeIfAbsent(entry.siteId(), id -> sites.get(id));
			return new Item(entry.id().value().toString(), owner.name(), owner.siteCode(), entry.title(), entry.indexNo(),
					entry.issuingAuthority(), entry.documentNo(), DocumentGenre.of(entry.title()).label(),
					entry.writtenOn(), entry.publishedAt().atZone(BeijingTime.ZONE).toLocalDate(), entry.subjectCategory(),
					entry.validity() == null ? null : entry.validity().label(), entry.validityChangedOn(),
					urls.of(entry.id()).orElse(null));
		}).toList();
		var genres = Arrays.stream(DocumentGenre.values()).map(g -> new Option(g.name(), g.label())).toList();
		var validities = Arrays.stream(Validity.values()).map(v -> new Option(v.name(), v.label())).toList();
		return new Page(site == null ? null : site.name(), total, query.page(), query.size(),
				(int) Math.max(1, (total + query.size() - 1) / query.size()), items, content.catalogueSubjects(siteId),
				genres, validities);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}

package org.govsite.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.govsite.content.ColumnId;
import org.govsite.content.Columns;
import org.govsite.content.PublishedArticle;
import org.govsite.proofreading.HtmlText;
import org.govsite.site.SiteId;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.springframework.stereotype.Component;

/** Builds the index document of a live article: texts from its live revision and attachments, names of places. */
@Component
class SearchDocuments {

	private final Sites sites;
	private final Columns columns;
	private final AttachmentText attachmentText;

	SearchDocuments(Sites sites, Columns columns, AttachmentText attachmentText) {
		this.sites = sites;
		this.columns = columns;
		this.attachmentText = attachmentText;
	}

	/** A converter that remembers site and column names for one batch (a rebuild reads each name once). */
	Converter converter() {
		return new Converter();
	}

	final class Converter {

		private final Map<SiteId, SiteView> siteViews = new HashMap<>();
		private final Map<ColumnId, String> columnNames = new HashMap<>();

		SearchDocument of(PublishedArticle article) {
			var site = siteViews.computeIfAbsent(article.siteId(), sites::get);
			var columnIds = new ArrayList<String>();
			var names = new ArrayList<String>();
			for (var column : article.columns()) {
				columnIds.add(column.value().toString());
				var name = columnNames.computeIfAbsent(column,
						id -> columns.find(id).map(view -> view.name()).orElse(""));
				if (!name.isEmpty()) {
					names.add(name);
				}
			}
			var revision = article.revision();
			return new SearchDocument(article.id(), article.siteId(), site.name(), site.siteCode(), columnIds, names,
					article.kind(), revision.validity(), article.publishedAt(), revision.title(),
					HtmlText.extract(revision.body()), revision.documentNo(), revision.summary(), revision.keywords(),
					revision.issuingAuthority(), attachmentText.of(article.attachments()));
		}
	}
}

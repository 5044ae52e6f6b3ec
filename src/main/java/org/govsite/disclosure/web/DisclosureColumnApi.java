package org.govsite.disclosure.web;

import org.govsite.disclosure.DisclosureCatalogue;
import org.govsite.disclosure.DisclosureColumns;
import org.govsite.disclosure.DisclosureColumns.ColumnSetView;
import org.govsite.disclosure.DisclosureColumns.SetUpForm;
import org.govsite.content.Validity;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A site's 政府信息公开 column (read; set up from the standard structure, idempotently) and the public 政府信息公开目录.
 */
@RestController
class DisclosureColumnApi {

	private final DisclosureColumns columns;
	private final DisclosureCatalogue catalogue;

	DisclosureColumnApi(DisclosureColumns columns, DisclosureCatalogue catalogue) {
		this.columns = columns;
		this.catalogue = catalogue;
	}

	/** The parts of the standard structure and the columns that stand for them; the body code of its 索引号. */
	@GetMapping("/api/v1/sites/{id}/disclosure-column")
	ColumnSetView get(@PathVariable String id) {
		return columns.get(SitePaths.site(id));
	}

	/**
	 * Creates the missing parts of the site's 政府信息公开 column (existing ones are kept) and sets the body code its
	 * 索引号 begin with: {@code {"bodyCode": "..."}} (optional: the code set before, else the 网站标识码).
	 */
	@PostMapping("/api/v1/sites/{id}/disclosure-column")
	ColumnSetView setUp(@PathVariable String id, @RequestBody(required = false) @Nullable SetUpForm form) {
		return columns.setUp(SitePaths.site(id), form == null ? new SetUpForm(null) : form);
	}

	/**
	 * The 政府信息公开目录 (public): live items with a 索引号, newest first. {@code site} a 网站标识码; {@code genre} a 文种
	 * code from the answer's {@code genres}; {@code year} the document's year.
	 */
	@GetMapping("/api/v1/public/disclosure-catalogue")
	DisclosureCatalogue.Page catalogue(@RequestParam(required = false) @Nullable String site,
			@RequestParam(required = false) @Nullable String subject, @RequestParam(required = false) @Nullable String genre,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Validity validity, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + DisclosureCatalogue.PAGE_SIZE) int size) {
		return catalogue.find(new DisclosureCatalogue.Query(site, subject, genre, year, validity, q, page, size));
	}

}

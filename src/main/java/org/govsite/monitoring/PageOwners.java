package org.govsite.monitoring;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.govsite.content.ArticleId;
import org.govsite.content.Columns;
import org.govsite.content.PublicContent;
import org.govsite.iam.UserAccounts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who fixes a page GovSite publishes: a published article's page ends in {@code /<yyyyMM>/<article id>.html}, so the
 * finding's carrying page names the live article, its column and the column's responsible editor (栏目责任编辑). Pages
 * published elsewhere have no owner here.
 */
@Service
public class PageOwners {

	/** The article on the page, its column and who answers for the column ({@code editor} null when none is named). */
	public record PageOwner(UUID articleId, String title, String column, @Nullable String editor) {
	}

	private static final Pattern ARTICLE = Pattern.compile("/\\d{6}/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.html$");

	private final PublicContent content;
	private final Columns columns;
	private final UserAccounts accounts;

	PageOwners(PublicContent content, Columns columns, UserAccounts accounts) {
		this.content = content;
		this.columns = columns;
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	public Optional<PageOwner> of(@Nullable String page) {
		if (page == null) {
			return Optional.empty();
		}
		String path;
		try {
			path = URI.create(page).getPath();
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		if (path == null) {
			return Optional.empty();
		}
		var matcher = ARTICLE.matcher(path);
		if (!matcher.find()) {
			return Optional.empty();
		}
		return content.live(new ArticleId(UUID.fromString(matcher.group(1)))).map(article -> {
			var column = columns.find(article.homeColumnId());
			var editor = column.map(c -> c.responsibleEditor()).flatMap(id -> id == null ? Optional.empty() : accounts.find(id))
				.map(u -> u.displayName() + "（" + u.username() + "）").orElse(null);
			return new PageOwner(article.id().value(), article.revision().title(), column.map(c -> c.name()).orElse(""),
					editor);
		});
	}
}

package org.govsite.content;

import java.util.List;

/** The article after a review action, with any warnings the action raised but did not refuse on. */
public record ReviewOutcome(ArticleView article, List<String> warnings) {
}

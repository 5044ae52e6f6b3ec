package org.govsite.content;

import java.util.List;

/**
 * The article after a review action, with any warnings the action raised but did not refuse on, and the content
 * check's findings on submission and publication ({@link ArticleFinding}: positions in the checked text, the title, a
 * blank line, then the body's text).
 */
public record ReviewOutcome(ArticleView article, List<String> warnings, List<ArticleFinding> findings) {
}

package org.govsite.content;

import java.util.List;

import org.govsite.proofreading.Finding;

/**
 * The article after a review action, with any warnings the action raised but did not refuse on, and the content
 * check's findings. Finding positions refer to the checked text: the title, a blank line, then the body's text as
 * {@link org.govsite.proofreading.HtmlText#extract} gives it.
 */
public record ReviewOutcome(ArticleView article, List<String> warnings, List<Finding> findings) {
}

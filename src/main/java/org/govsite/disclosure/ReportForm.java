package org.govsite.disclosure;

import org.jspecify.annotations.Nullable;

/** The parts of the annual report the body writes: texts, and reconsiderations and lawsuits (第四部分). */
public record ReportForm(@Nullable String overview, @Nullable String problems, @Nullable String otherMatters,
		@Nullable Integer reconsiderations, @Nullable Integer reconsiderationsUpheld,
		@Nullable Integer reconsiderationsRevised, @Nullable Integer lawsuits, @Nullable Integer lawsuitsUpheld,
		@Nullable Integer lawsuitsRevised) {
}

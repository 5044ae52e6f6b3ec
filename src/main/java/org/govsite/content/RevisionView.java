package org.govsite.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/** One saved revision of an article (bodies are stored sanitised). */
public record RevisionView(int number, String title, @Nullable String subtitle, String body, @Nullable String summary,
		@Nullable String source, @Nullable String author, @Nullable String keywords, @Nullable String coverImage,
		@Nullable LocalDateTime publishTime, @Nullable String backdateReason, @Nullable String indexNo,
		@Nullable String issuingAuthority, @Nullable String documentNo, @Nullable LocalDate writtenOn,
		@Nullable LocalDate issuedOn, @Nullable String subjectCategory, @Nullable Validity validity,
		@Nullable LocalDate validityChangedOn, String createdBy, Instant createdAt) {
}

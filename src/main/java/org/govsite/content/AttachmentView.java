package org.govsite.content;

import java.time.Instant;
import java.util.UUID;

/** An article's attachment as listed (the stored file's name is never shown). */
public record AttachmentView(UUID id, ArticleId articleId, String originalName, String mediaType, long sizeBytes,
		String sha256, String uploadedBy, Instant uploadedAt) {
}

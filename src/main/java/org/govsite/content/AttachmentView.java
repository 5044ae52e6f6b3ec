package org.govsite.content;

import java.time.Instant;
import java.util.UUID;

/** An article's attachment as listed (the stored file's name is never shown). */
public record AttachmentView(UUID id, ArticleId articleId, String originalName, String mediaType, long sizeBytes,
		String sha256, String uploadedBy, Instant uploadedAt) {

	/** The name to download under: the original name with the extension of the sniffed type (see {@code FileKind}). */
	public String downloadName() {
		return FileKind.ofMediaType(mediaType).map(kind -> kind.nameFor(originalName)).orElse(originalName);
	}
}

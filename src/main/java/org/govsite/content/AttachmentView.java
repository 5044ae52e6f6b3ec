package org.govsite.content;

import java.time.Instant;
import java.util.UUID;

/** An article's attachment as listed (the stored file's name is never shown). */
public record AttachmentView(UUID id, ArticleId articleId, String originalName, String mediaType, long sizeBytes,
		String sha256, String uploadedBy, Instant uploadedAt) {

	/** The size as a person reads it: 12.3 KB, 4.5 MB. */
	public String readableSize() {
		if (sizeBytes < 1024) {
			return sizeBytes + " 字节";
		}
		if (sizeBytes < 1024 * 1024) {
			return String.format("%.1f KB", sizeBytes / 1024.0);
		}
		return String.format("%.1f MB", sizeBytes / 1024.0 / 1024.0);
	}

	/** The name to download under: the original name with the extension of the sniffed type (see {@code FileKind}). */
	public String downloadName() {
		return FileKind.ofMediaType(mediaType).map(kind -> kind.nameFor(originalName)).orElse(originalName);
	}
}

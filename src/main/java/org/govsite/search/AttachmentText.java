package org.govsite.search;

import java.util.Set;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.govsite.content.AttachmentView;
import org.govsite.content.Attachments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The text of attachments for the index: PDF, Word (DOC/DOCX) and Excel (XLS/XLSX) through Apache Tika's PDF and
 * Microsoft parser modules (not Tika's whole standard package). At most {@value #MAX_CHARS} characters per file; a
 * file that cannot be read contributes its name only.
 */
@Component
class AttachmentText {

	static final int MAX_CHARS = 200_000;

	private static final Logger log = LoggerFactory.getLogger(AttachmentText.class);
	private static final Set<String> READABLE = Set.of("application/pdf", "application/msword",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/x-tika-msoffice",
			"application/x-tika-ooxml");

	private final Attachments attachments;
	private final AutoDetectParser parser = new AutoDetectParser();

	AttachmentText(Attachments attachments) {
		this.attachments = attachments;
	}

	String of(java.util.List<AttachmentView> list) {
		var text = new StringBuilder();
		for (var attachment : list) {
			text.append(attachment.originalName()).append('\n');
			if (READABLE.contains(attachment.mediaType())) {
				text.append(extract(attachment)).append('\n');
			}
		}
		return text.toString();
	}

	private String extract(AttachmentView attachment) {
		var handler = new BodyContentHandler(MAX_CHARS);
		try {
			var file = attachments.download(attachment.id()).file();
			var metadata = new Metadata();
			metadata.set(Metadata.CONTENT_TYPE, attachment.mediaType());
			try (var in = TikaInputStream.get(file)) {
				parser.parse(in, handler, metadata, new ParseContext());
			}
		}
		catch (Exception | LinkageError e) {
			// a write-limit stop keeps what was read; a broken file keeps nothing but its name
			if (!e.getClass().getSimpleName().equals("WriteLimitReachedException")) {
				log.warn("Cannot read the text of attachment {} ({}): {}", attachment.id(), attachment.mediaType(),
						e.toString());
			}
		}
		return handler.toString();
	}
}

package org.govsite.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The file types an article may carry, recognised from their first bytes — never from the name or the declared
 * content type, which a client controls.
 */
enum FileKind {

	PDF("application/pdf", "pdf"),
	PNG("image/png", "png"),
	JPEG("image/jpeg", "jpg"),
	GIF("image/gif", "gif"),
	/** DOCX, XLSX, PPTX, OFD and ZIP share the ZIP container; told apart by their entries. */
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
	OFD("application/ofd", "ofd"),
	ZIP("application/zip", "zip"),
	/** DOC, XLS and PPT share the OLE2 compound-file container. */
	OLE2("application/x-ole-storage", "doc");

	private final String mediaType;
	private final String extension;

	FileKind(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	String mediaType() {
		return mediaType;
	}

	String extension() {
		return extension;
	}

	boolean isImage() {
		return this == PNG || this == JPEG || this == GIF;
	}

	static Optional<FileKind> sniff(byte[] bytes) {
		if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(PDF);
		}
		if (startsWith(bytes, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
			return Optional.of(PNG);
		}
		if (startsWith(bytes, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Optional.of(JPEG);
		}
		if (startsWith(bytes, "GIF87a".getBytes(StandardCharsets.US_ASCII)) || startsWith(bytes, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(GIF);
		}
		if (startsWith(bytes, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 })) {
			return Optional.of(OLE2);
		}
		if (startsWith(bytes, new byte[] { 'P', 'K', 3, 4 })) {
			// Entry names sit in clear text in the local file headers near the start.
			var head = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.ISO_8859_1);
			if (head.contains("word/")) {
				return Optional.of(DOCX);
			}
			if (head.contains("xl/")) {
				return Optional.of(XLSX);
			}
			if (head.contains("ppt/")) {
				return Optional.of(PPTX);
			}
			if (head.contains("OFD.xml")) {
				return Optional.of(OFD);
			}
			return Optional.of(ZIP);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}
}

package org.govsite.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The file types an article may carry, recognised from their first bytes — never from the name or the declared
 * content type, which a client controls.
 */
enum FileKind {

	PDF("application/pdf", "pdf"),
	PNG("image/png", "png"),
	JPEG("image/jpeg", "jpg"),
	GIF("image/gif", "gif"),
	/** DOCX, XLSX, PPTX, OFD and ZIP share the ZIP container; told apart by the entries of its central directory. */
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
	OFD("application/ofd", "ofd"),
	ZIP("application/zip", "zip"),
	/** DOC, XLS and PPT share the OLE2 compound-file container; told apart by its root entries. */
	DOC("application/msword", "doc"),
	XLS("application/vnd.ms-excel", "xls"),
	PPT("application/vnd.ms-powerpoint", "ppt"),
	/** An OLE2 file that is none of the three (stored before they were told apart, or another compound file). */
	OLE2("application/x-ole-storage", "bin");

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };
	private static final byte[] OLE2_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	/** Compound files whose own names are harmless: binary Office and WPS documents (no browser renders them). */
	private static final java.util.Set<String> OLE2_NAMES = java.util.Set.of("doc", "xls", "ppt", "wps", "et", "dps");

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

	/** The kind stored under this media type (attachments record the sniffed type, never the declared one). */
	static Optional<FileKind> ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter(kind -> kind.mediaType.equalsIgnoreCase(mediaType)).findFirst();
	}

	/**
	 * The name a file of this kind is offered under: the uploaded name with its extension replaced by the kind's own
	 * ({@code 通知.html} holding a PDF downloads as {@code 通知.pdf}), so that neither a browser nor the desktop opens
	 * it by a misleading extension. Equivalent extensions ({@code .jpeg}, {@code .PDF}) are kept.
	 */
	String nameFor(String uploadedName) {
		int dot = uploadedName.lastIndexOf('.');
		var base = dot > 0 ? uploadedName.substring(0, dot) : uploadedName;
		var current = dot > 0 ? uploadedName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
		if (current.equals(extension) || (this == JPEG && current.equals("jpeg"))
				|| (this == OLE2 && OLE2_NAMES.contains(current))) {
			return uploadedName;
		}
		return base + "." + extension;
	}

	/**
	 * Recognises a stored file from its content: magic numbers for PDF and images, and for the ZIP and OLE2 containers
	 * the entries inside them, not strings that happen to occur in the bytes. Empty when the type is not accepted.
	 */
	static Optional<FileKind> sniff(Path file) throws IOException {
		byte[] head;
		try (var in = Files.newInputStream(file)) {
			head = in.readNBytes(16);
		}
		if (startsWith(head, ZIP_MAGIC)) {
			return zipKind(file);
		}
		if (startsWith(head, OLE2_MAGIC)) {
			return ole2Kind(file);
		}
		return sniffMagic(head);
	}

	private static Optional<FileKind> sniffMagic(byte[] bytes) {
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
		return Optional.empty();
	}

	/**
	 * Office Open XML is a package with {@code [Content_Types].xml} and its main part ({@code word/document.xml},
	 * {@code xl/workbook.xml}, {@code ppt/presentation.xml}); OFD has {@code OFD.xml} at its root (GB/T 33190). Read
	 * from the central directory, which is what every reader opens. A file that is not a readable ZIP is refused.
	 */
	private static Optional<FileKind> zipKind(Path file) {
		try (var zip = new ZipFile(file.toFile())) {
			if (zip.getEntry("[Content_Types].xml") != null) {
				if (zip.getEntry("word/document.xml") != null) {
					return Optional.of(DOCX);
				}
				if (zip.getEntry("xl/workbook.xml") != null) {
					return Optional.of(XLSX);
				}
				if (zip.getEntry("ppt/presentation.xml") != null) {
					return Optional.of(PPTX);
				}
			}
			if (zip.getEntry("OFD.xml") != null) {
				return Optional.of(OFD);
			}
			return Optional.of(ZIP);
		}
		catch (IOException | RuntimeException notAZip) {
			return Optional.empty();
		}
	}

	/** The binary Office formats: {@code WordDocument}, {@code Workbook} (or {@code Book}), {@code PowerPoint Document}. */
	private static Optional<FileKind> ole2Kind(Path file) {
		try (var ole = new POIFSFileSystem(file.toFile(), true)) {
			var root = ole.getRoot();
			if (root.hasEntryCaseInsensitive("WordDocument")) {
				return Optional.of(DOC);
			}
			if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
				return Optional.of(XLS);
			}
			if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
				return Optional.of(PPT);
			}
			return Optional.of(OLE2);
		}
		catch (IOException | RuntimeException notOle2) {
			return Optional.empty();
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}
}

package org.govsite.disclosure;

/** A decision letter as issued: its file name, the DOCX bytes and their SHA-256. */
public record LetterFile(String fileName, byte[] content, String sha256) {
}

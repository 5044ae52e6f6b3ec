package org.govsite.monitoring.crawl;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Decodes a page's bytes: byte-order mark, then the {@code Content-Type} charset, then a {@code <meta charset>} or
 * {@code http-equiv} in the first 4 KB, then strict UTF-8, else GB18030 (a superset of GB2312 and GBK, which many
 * older government pages still use).
 */
public final class Charsets {

	private static final Charset GB18030 = Charset.forName("GB18030");
	private static final Pattern HEADER = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
	private static final Pattern META = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)",
			Pattern.CASE_INSENSITIVE);

	private Charsets() {
	}

	public static String decode(byte[] body, @Nullable String contentType) {
		if (body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF) {
			return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
		}
		var declared = contentType == null ? null : named(HEADER, contentType);
		if (declared == null) {
			var head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
			declared = named(META, head);
		}
		if (declared != null) {
			return new String(body, declared);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return new String(body, GB18030);
		}
	}

	private static @Nullable Charset named(Pattern pattern, String text) {
		var matcher = pattern.matcher(text);
		if (!matcher.find()) {
			return null;
		}
		var name = matcher.group(1).toLowerCase(Locale.ROOT);
		if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.equals("gb_2312-80")) {
			return GB18030;
		}
		try {
			return Charset.forName(name);
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}
}

package org.govsite.publishing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The pre-compressed sibling of a published text file ({@code index.html.gz} beside {@code index.html}): written with
 * the page, so that nginx ({@code gzip_static on}) and the app serve compressed bytes without compressing on every
 * request. Derived from the published file, never a file of its own: the manifest records the page, and a tamper
 * check compares the sibling's decompressed bytes with the page's hash.
 */
public final class Precompressed {

	/** The suffix of the sibling. */
	public static final String SUFFIX = ".gz";

	/** Below this size compression saves nothing worth a second file. */
	static final int MIN_SIZE = 256;

	private static final Set<String> TEXT = Set.of("html", "htm", "css", "js", "xml", "svg", "txt", "json");

	private Precompressed() {
	}

	/** Whether a file at this path gets a sibling (text, large enough). */
	static boolean wanted(String path, int size) {
		return size >= MIN_SIZE && TEXT.contains(extension(path));
	}

	/** Whether the path names a sibling (and so is judged by its page, not by the manifest). */
	public static boolean isSibling(String path) {
		return path.endsWith(SUFFIX) && TEXT.contains(extension(path.substring(0, path.length() - SUFFIX.length())));
	}

	/** The page a sibling belongs to. */
	public static String pageOf(String sibling) {
		return sibling.substring(0, sibling.length() - SUFFIX.length());
	}

	static byte[] gzip(byte[] content) {
		var out = new ByteArrayOutputStream(content.length / 3 + 64);
		try (var gzip = new GZIPOutputStream(out, 8192) {
			{
				def.setLevel(Deflater.DEFAULT_COMPRESSION); // level 6: nearly level 9's size for HTML at a fraction of the CPU
			}
		}) {
			gzip.write(content);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The decompressed bytes, or null when they are not gzip at all (a sibling someone replaced). */
	static byte[] gunzip(byte[] compressed) {
		try (var in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			return null;
		}
	}

	private static String extension(String path) {
		int slash = path.lastIndexOf('/');
		int dot = path.lastIndexOf('.');
		return dot > slash ? path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
	}
}

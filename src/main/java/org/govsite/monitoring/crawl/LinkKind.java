package org.govsite.monitoring.crawl;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/** What a link points to, as the inspectors count broken links: 站内, 同域, 外部, 附件, 图片. */
public enum LinkKind {
	INTERNAL("站内链接"), SAME_DOMAIN("同域链接"), EXTERNAL("外部链接"), ATTACHMENT("附件"), IMAGE("图片");

	private static final Set<String> ATTACHMENTS = Set.of("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "wps", "et",
			"ofd", "zip", "rar", "7z", "txt", "csv", "rtf", "ceb", "caj");
	private static final Set<String> IMAGES = Set.of("jpg", "jpeg", "png", "gif", "webp", "svg", "bmp", "ico", "avif");

	private final String label;

	LinkKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	static LinkKind of(URI target, String element, Scope scope) {
		var ext = extension(target);
		if (element.equals("img") || IMAGES.contains(ext)) {
			return IMAGE;
		}
		if (ATTACHMENTS.contains(ext)) {
			return ATTACHMENT;
		}
		if (scope.inside(target)) {
			return INTERNAL;
		}
		return scope.sameDomain(target) ? SAME_DOMAIN : EXTERNAL;
	}

	static String extension(URI target) {
		var path = target.getRawPath() == null ? "" : target.getRawPath();
		int slash = path.lastIndexOf('/');
		int dot = path.lastIndexOf('.');
		return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
	}

	/** Whether a link of this kind to this target is a page to crawl further (not an image or attachment). */
	static boolean crawlable(URI target) {
		var ext = extension(target);
		return !IMAGES.contains(ext) && !ATTACHMENTS.contains(ext) && !Set.of("js", "css", "mp4", "mp3", "woff", "woff2",
				"ttf", "exe", "apk", "iso", "xml", "json").contains(ext);
	}
}

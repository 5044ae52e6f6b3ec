package org.govsite.publishing;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * What is served under a site key: a published site's live directory, or where an old address of a taken-down site
 * leads (Art. 6), also as the nginx map.
 */
@Service
public class ServedSites {

	private final PublishStore store;
	private final SiteClosures closures;

	ServedSites(PublishStore store, SiteClosures closures) {
		this.store = store;
		this.closures = closures;
	}

	/** The site's live directory (a link to the current build); it need not exist. */
	public Path directory(String key) {
		return store.live(key);
	}

	/**
	 * Where a path of a taken-down site leads now, the site being mounted at {@code mount}: the same article or column
	 * on the successor, the successor's home page, or the site's archive notice. Empty for a site that is not taken
	 * down and for what a taken-down site still serves (the notice and its assets).
	 */
	public Optional<String> redirect(String key, String relative, String mount) {
		var closed = closures.closed(key);
		if (closed.isEmpty() || SiteClosures.servedAfterClosure(relative)) {
			return Optional.empty();
		}
		var target = closures.target(closed.get(), relative, false);
		return Optional.of(target != null ? target : mount + SiteClosures.NOTICE_PAGE);
	}

	/** How long a node may keep serving a site as open after it was taken down elsewhere (two nodes, one database). */
	static final long CLOSED_KEYS_TTL_MILLIS = 5_000;

	private volatile java.util.Set<String> closedKeys = java.util.Set.of();
	private volatile long closedKeysAt;

	/**
	 * Whether the site with this key is taken down (closed or merged): read from the database at most every
	 * {@link #CLOSED_KEYS_TTL_MILLIS}, so that serving a page costs no query; a closure reaches every node within that.
	 */
	public boolean takenDown(String key) {
		long now = System.currentTimeMillis();
		if (now - closedKeysAt > CLOSED_KEYS_TTL_MILLIS) {
			closedKeys = java.util.Set.copyOf(closures.closedKeys());
			closedKeysAt = now;
		}
		return closedKeys.contains(key);
	}

	/** Whether a requested path stays inside the site: no dot segments, backslashes or control characters. */
	public static boolean isSafe(String relative) {
		if (relative.contains("\\") || relative.contains("\0") || relative.startsWith("/")) {
			return false;
		}
		for (var segment : relative.split("/", -1)) {
			if (segment.equals("..") || segment.equals(".") || segment.startsWith(".")) {
				return false;
			}
		}
		return relative.chars().noneMatch(c -> c < 0x20);
	}

	/** The nginx map of every closed or merged site's redirects (the same file is kept in the publish directory). */
	public String nginxRedirects() {
		return closures.nginxMap();
	}
}

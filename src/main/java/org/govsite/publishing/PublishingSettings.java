package org.govsite.publishing;

import java.nio.file.Path;

import org.govsite.database.DataDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where sites are published and how they are served ({@code govsite.publishing.*}). */
@Component
class PublishingSettings {

	/** The publish directory: one entry per site key. */
	final Path root;
	/** Serve sites by the Host header on their domains (production behind a proxy that forwards Host). */
	final boolean serveByHost;
	/** Articles per list page. */
	final int pageSize;

	PublishingSettings(DataDirectory data, @Value("${govsite.publishing.dir:}") String dir,
			@Value("${govsite.publishing.serve-by-host:false}") boolean serveByHost,
			@Value("${govsite.publishing.page-size:20}") int pageSize) {
		this.root = (dir.isBlank() ? data.resolve("www") : Path.of(dir)).toAbsolutePath().normalize();
		this.serveByHost = serveByHost;
		this.pageSize = pageSize;
	}

	/** How many list pages a column of so many articles has (an empty column has one). */
	int listPages(long articles) {
		return (int) Math.max(1, (articles + pageSize - 1) / pageSize);
	}
}

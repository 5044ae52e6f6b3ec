package org.govsite.publishing.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.govsite.content.Attachments;
import org.govsite.content.PublicContent;
import org.govsite.publishing.Visits;
import org.govsite.shared.Refusal;
import org.govsite.site.Sites;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Anonymous endpoints the public pages use: the visit beacon and downloads of live articles' attachments. */
@Controller
class PublicEndpoints {

	private final Visits visits;
	private final Sites sites;
	private final Attachments attachments;
	private final PublicContent content;

	PublicEndpoints(Visits visits, Sites sites, Attachments attachments, PublicContent content) {
		this.visits = visits;
		this.sites = sites;
		this.attachments = attachments;
		this.content = content;
	}

	/** 204 always; counts the view unless the browser asks not to be tracked. */
	@GetMapping("/public/beacon")
	ResponseEntity<Void> beacon(@RequestParam(required = false) String site, @RequestParam(required = false) String path,
			HttpServletRequest request) {
		var noStore = ResponseEntity.noContent().cacheControl(CacheControl.noStore());
		if (site == null || site.length() > 300 || "1".equals(request.getHeader("DNT")) || "1".equals(request.getHeader("Sec-GPC"))) {
			return noStore.build();
		}
		var view = site.matches("\\d{10}|bm\\d{8}") ? sites.findBySiteCode(site) : sites.findByDomain(site);
		view.ifPresent(found -> visits.record(found.id(), request.getRemoteAddr(),
				String.valueOf(request.getHeader("User-Agent"))));
		return noStore.build();
	}

	/** An attachment of a live article; anything else is 404. */
	@GetMapping("/public/attachments/{id}")
	ResponseEntity<?> attachment(@PathVariable UUID id) {
		Attachments.Download download;
		try {
			download = attachments.download(id);
		}
		catch (Refusal unknown) {
			return ResponseEntity.status(404).contentType(MediaType.parseMediaType("text/plain;charset=UTF-8")).body("附件不存在");
		}
		if (content.live(download.attachment().articleId()).isEmpty()) {
			return ResponseEntity.status(404).contentType(MediaType.parseMediaType("text/plain;charset=UTF-8")).body("附件不存在");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.attachment().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(download.attachment().downloadName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noCache())
			.body(new FileSystemResource(download.file()));
	}
}

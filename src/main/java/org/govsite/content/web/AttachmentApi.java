package org.govsite.content.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.govsite.content.ArticleId;
import org.govsite.content.AttachmentView;
import org.govsite.content.Attachments;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Upload and download article attachments (multipart in, original name out). */
@RestController
@RequestMapping("/api/v1")
class AttachmentApi {

	private final Attachments attachments;

	AttachmentApi(Attachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping(path = "/articles/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	AttachmentView upload(@PathVariable String id, @RequestParam("file") MultipartFile file) throws IOException {
		try (var in = file.getInputStream()) {
			return attachments.attach(ArticleId.of(id), file.getOriginalFilename(), in);
		}
	}

	@GetMapping("/articles/{id}/attachments")
	List<AttachmentView> list(@PathVariable String id) {
		return attachments.readable(ArticleId.of(id));
	}

	/** {@code {"ids": ["…", "…"]}}: every attachment of the article once, in the new order. */
	@org.springframework.web.bind.annotation.PutMapping("/articles/{id}/attachments/order")
	List<AttachmentView> order(@PathVariable String id, @org.springframework.web.bind.annotation.RequestBody Order order) {
		return attachments.order(ArticleId.of(id), order.ids() == null ? List.of() : order.ids());
	}

	record Order(@org.jspecify.annotations.Nullable List<UUID> ids) {
	}

	@org.springframework.web.bind.annotation.DeleteMapping("/attachments/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable UUID id) {
		attachments.remove(id);
	}

	@GetMapping("/attachments/{id}")
	ResponseEntity<FileSystemResource> download(@PathVariable UUID id) {
		var download = attachments.fetch(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.attachment().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(download.attachment().downloadName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(download.file()));
	}
}

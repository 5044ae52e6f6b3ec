package org.govsite.services.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.govsite.services.ServiceCatalogue;
import org.govsite.services.ServiceItemForm;
import org.govsite.services.ServiceItemId;
import org.govsite.services.ServiceItemView;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.unit.UnitId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1")
class ServiceApi {

	private final ServiceCatalogue catalogue;

	ServiceApi(ServiceCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/sites/{siteId}/services")
	@Operation(summary = "The service items a site hosts (政务服务事项目录), optionally of one unit (unitId) or theme")
	List<ServiceItemView> list(@PathVariable String siteId, @RequestParam(required = false) @Nullable String unitId,
			@RequestParam(required = false) @Nullable String theme) {
		return catalogue.list(site(siteId), UnitId.of(unitId), theme);
	}

	@PostMapping("/sites/{siteId}/services")
	@Operation(summary = "Create a service item on the site",
			description = "Body: unitId, theme, serviceObject (NATURAL_PERSON, LEGAL_PERSON, BOTH), name and the other nine "
					+ "guide elements (blank = missing), online, onlineUrl (http(s), required when online), formsUrl, "
					+ "formsNote. The sponsoring unit's editors, the site administrator or the system administrator.")
	ResponseEntity<ServiceItemView> create(@PathVariable String siteId, @RequestBody ServiceItemForm form) {
		var created = catalogue.create(site(siteId), form);
		return ResponseEntity.created(URI.create("/api/v1/services/" + created.id())).body(created);
	}

	@GetMapping("/services/{id}")
	@Operation(summary = "One service item with the guide element classes it lacks")
	ServiceItemView get(@PathVariable String id) {
		return catalogue.get(ServiceItemId.of(id));
	}

	@PutMapping("/services/{id}")
	@Operation(summary = "Change a service item (send the version read to refuse a stale edit)")
	ServiceItemView update(@PathVariable String id, @RequestBody ServiceItemForm form) {
		return catalogue.update(ServiceItemId.of(id), form);
	}

	@DeleteMapping("/services/{id}")
	@Operation(summary = "Delete a service item and its case volumes")
	ResponseEntity<Void> delete(@PathVariable String id) {
		catalogue.delete(ServiceItemId.of(id));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/sites/{siteId}/services/check")
	@Operation(summary = "The site's items whose guides lack element classes, each with the classes it lacks")
	ServiceCatalogue.Check check(@PathVariable String siteId) {
		return catalogue.check(site(siteId));
	}

	@PostMapping(path = "/sites/{siteId}/services/case-volumes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import case volumes (办件量) from a CSV or XLSX file (multipart part 'file')",
			description = "Columns 事项名称 or 事项编号, 年份, 自然人办件量, 法人办件量. All lines or none: bad lines are refused "
					+ "(422) with their line numbers.")
	ServiceCatalogue.ImportResult importFile(@PathVariable String siteId, @RequestPart("file") MultipartFile file)
			throws IOException {
		return catalogue.importCaseVolumes(site(siteId), file.getOriginalFilename(), file.getBytes());
	}

	@PostMapping(path = "/sites/{siteId}/services/case-volumes",
			consumes = { "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
	@Operation(summary = "Import case volumes from the request body (Content-Type text/csv or the XLSX type)")
	ServiceCatalogue.ImportResult importBody(@PathVariable String siteId, HttpServletRequest request) throws IOException {
		var type = request.getContentType() == null ? "" : request.getContentType();
		return catalogue.importCaseVolumes(site(siteId), type.startsWith("text/csv") ? "import.csv" : "import.xlsx",
				request.getInputStream().readAllBytes());
	}

	@GetMapping("/public/sites/{siteKey}/services")
	@Operation(summary = "The public service entrance of a running government site (网站标识码 or domain): items by theme "
			+ "and by unit, each with its guide")
	ServiceCatalogue.PublicCatalogue publicCatalogue(@PathVariable String siteKey) {
		return catalogue.publicCatalogue(siteKey);
	}

	static SiteId site(String text) {
		var id = SiteId.of(text);
		if (id == null) {
			throw Refusal.notFound("网站不存在");
		}
		return id;
	}
}

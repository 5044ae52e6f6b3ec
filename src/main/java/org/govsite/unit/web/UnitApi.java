package org.govsite.unit.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.govsite.unit.UnitForm;
import org.govsite.unit.UnitId;
import org.govsite.unit.UnitView;
import org.govsite.unit.Units;
import org.govsite.shared.Refusal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/units")
class UnitApi {

	private final Units units;

	UnitApi(Units units) {
		this.units = units;
	}

	@GetMapping
	List<UnitView> all() {
		return units.all();
	}

	@GetMapping("/{id}")
	UnitView one(@PathVariable String id) {
		return units.find(UnitId.of(id)).orElseThrow(() -> Refusal.notFound("单位不存在"));
	}

	@PostMapping
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	ResponseEntity<UnitView> register(@Valid @RequestBody UnitForm form) {
		var unit = units.register(form);
		return ResponseEntity.created(URI.create("/api/v1/units/" + unit.id())).body(unit);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	UnitView change(@PathVariable String id, @Valid @RequestBody UnitForm form) {
		return units.change(UnitId.of(id), form);
	}
}

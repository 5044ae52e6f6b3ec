package org.govsite.unit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.shared.FormCheck;
import org.govsite.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The unit module's API: register, change and look up units. Every change is audited. */
@Service
public class Units {

	private final UnitRepository units;
	private final AuditTrail audit;
	private final Clock clock;
	private final FormCheck formCheck;
	private final List<UnitKindChangeCheck> kindChecks;

	Units(UnitRepository units, AuditTrail audit, Clock clock, FormCheck formCheck, List<UnitKindChangeCheck> kindChecks) {
		this.formCheck = formCheck;
		this.kindChecks = kindChecks;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public UnitView register(UnitForm form) {
		formCheck.require(form);
		var unit = new Unit(UUID.randomUUID(), form.name().trim(), form.kind(), Instant.now(clock));
		Refusal.throwIfAny(Refusal.Kind.CONFLICT, refusalsFor(unit.id, form));
		unit.apply(form);
		var saved = units.save(unit);
		var view = toView(saved);
		audit.record(AuditRecord.of("UNIT_CREATED", "unit", saved.id, "新建单位「" + saved.name + "」").withChange(null, view));
		return view;
	}

	@Transactional
	public UnitView change(UnitId id, UnitForm form) {
		formCheck.require(form);
		var unit = load(id);
		var before = toView(unit);
		var reasons = refusalsFor(unit.id, form);
		if (form.kind() != unit.kind) {
			kindChecks.forEach(check -> reasons.addAll(check.refusals(id, unit.kind, form.kind())));
		}
		Refusal.throwIfAny(Refusal.Kind.CONFLICT, reasons);
		unit.apply(form);
		var after = toView(units.save(unit));
		audit.record(AuditRecord.of("UNIT_CHANGED", "unit", unit.id, "修改单位「" + unit.name + "」").withChange(before, after));
		return after;
	}

	@Transactional(readOnly = true)
	public Optional<UnitView> find(UnitId id) {
		return units.findById(id.value()).map(this::toView);
	}

	@Transactional(readOnly = true)
	public UnitView get(UnitId id) {
		return toView(load(id));
	}

	@Transactional(readOnly = true)
	public Optional<UnitView> findByName(String name) {
		return units.findByName(name).map(this::toView);
	}

	@Transactional(readOnly = true)
	public List<UnitView> all() {
		var all = units.findAllByOrderByKindAscNameAsc();
		Map<UUID, String> names = new HashMap<>();
		all.forEach(unit -> names.put(unit.id, unit.name));
		return all.stream().map(unit -> toView(unit, names)).toList();
	}

	/** The rules a unit's data must satisfy; each refusal is a sentence. */
	private List<String> refusalsFor(UUID self, UnitForm form) {
		var reasons = new ArrayList<String>();
		units.findByName(form.name().trim())
			.filter(other -> !other.id.equals(self))
			.ifPresent(other -> reasons.add("单位名称「" + other.name + "」已存在"));
		if (form.kind() == UnitKind.GENERAL_OFFICE || form.kind() == UnitKind.BIG_DATA_CENTER) {
			units.findAll().stream()
				.filter(other -> other.kind == form.kind() && !other.id.equals(self))
				.findAny()
				.ifPresent(other -> reasons.add("平台只能有一个" + form.kind().label() + "，已有「" + other.name + "」"));
		}
		if (form.parentId() != null) {
			var parent = units.findById(form.parentId().value());
			if (parent.isEmpty()) {
				reasons.add("上级单位不存在");
			}
			else if (createsCycle(self, parent.get())) {
				reasons.add("上级单位不能是本单位或本单位的下级单位");
			}
			else if (form.kind() == UnitKind.TOWNSHIP && parent.get().kind != UnitKind.COUNTY_GOVERNMENT
					&& parent.get().kind != UnitKind.DEVELOPMENT_ZONE) {
				reasons.add("乡镇（街道）的上级单位应为县（市）人民政府或开发区管委会");
			}
		}
		else if (form.kind() == UnitKind.TOWNSHIP) {
			reasons.add("乡镇（街道）须指定所属的县（市）人民政府或开发区管委会");
		}
		return reasons;
	}

	private boolean createsCycle(UUID self, Unit parent) {
		var current = Optional.of(parent);
		int depth = 0;
		while (current.isPresent() && depth++ < 50) {
			if (current.get().id.equals(self)) {
				return true;
			}
			var next = current.get().parentId;
			current = next == null ? Optional.empty() : units.findById(next);
		}
		return false;
	}

	private Unit load(UnitId id) {
		return units.findById(id.value()).orElseThrow(() -> Refusal.notFound("单位不存在"));
	}

	private UnitView toView(Unit unit) {
		var parentName = unit.parentId == null ? null : units.findById(unit.parentId).map(p -> p.name).orElse(null);
		return toView(unit, unit.parentId == null ? Map.of() : Map.of(unit.parentId, String.valueOf(parentName)));
	}

	private static UnitView toView(Unit unit, Map<UUID, String> names) {
		return new UnitView(unit.unitId(), unit.name, unit.kind, unit.parentId == null ? null : new UnitId(unit.parentId),
				unit.parentId == null ? null : names.get(unit.parentId), unit.divisionCode, unit.contactPerson,
				unit.contactPhone, unit.contactEmail, unit.address, unit.leaderInCharge, unit.leaderTitle,
				unit.createdAt);
	}
}

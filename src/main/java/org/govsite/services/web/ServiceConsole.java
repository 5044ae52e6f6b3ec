package org.govsite.services.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.govsite.iam.CurrentUser;
import org.govsite.services.GuideElement;
import org.govsite.services.ServiceCatalogue;
import org.govsite.services.ServiceItemForm;
import org.govsite.services.ServiceItemId;
import org.govsite.services.ServiceItemView;
import org.govsite.services.ServiceObject;
import org.govsite.services.ServiceThemes;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.govsite.unit.UnitId;
import org.govsite.unit.UnitKind;
import org.govsite.unit.Units;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console of the service catalogue (办事服务): a site's items with their missing-element badges, filtered by unit
 * and theme; the item form (what was typed is kept when refused); the import of case volumes.
 */
@ConsoleController
@RequestMapping("/services")
class ServiceConsole {

	/** A guide element's form field. */
	record ElementField(String name, String label, boolean multiline) {
	}

	static final List<ElementField> ELEMENT_FIELDS = List.of(new ElementField("legalBasis", GuideElement.LEGAL_BASIS.label(), true),
			new ElementField("conditions", GuideElement.CONDITIONS.label(), true),
			new ElementField("materials", GuideElement.MATERIALS.label(), true),
			new ElementField("location", GuideElement.LOCATION.label(), false),
			new ElementField("agency", GuideElement.AGENCY.label(), false),
			new ElementField("fees", GuideElement.FEES.label(), false),
			new ElementField("hours", GuideElement.HOURS.label(), false),
			new ElementField("phone", GuideElement.PHONE.label(), false),
			new ElementField("process", GuideElement.PROCESS.label(), true));

	private final ServiceCatalogue catalogue;
	private final Sites sites;
	private final Units units;

	ServiceConsole(ServiceCatalogue catalogue, Sites sites, Units units) {
		this.catalogue = catalogue;
		this.sites = sites;
		this.units = units;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String site, @RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String theme, Model model) {
		return list(site, unit, theme, List.of(), model);
	}

	@PostMapping("/import")
	String importFile(@RequestParam String site, @RequestParam(required = false) @Nullable MultipartFile file,
			HttpServletResponse response, RedirectAttributes redirect, Model model) throws IOException {
		var id = ServiceApi.site(site);
		var name = file == null ? null : file.getOriginalFilename();
		var bytes = file == null ? new byte[0] : file.getBytes();
		return ConsoleForms.attempt(response, () -> {
			var result = catalogue.importCaseVolumes(id, name, bytes);
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已导入办件量 " + result.lines() + " 行（" + String.join("、",
					result.years().stream().map(String::valueOf).toList()) + " 年）");
			return "redirect:/services?site=" + id.value();
		}, refusal -> list(site, null, null, refusal.reasons(), model));
	}

	@GetMapping("/new")
	String newItem(@RequestParam String site, Model model) {
		var chosen = sites.get(ServiceApi.site(site));
		var typed = new HashMap<String, String>();
		typed.put("unitId", CurrentUser.require().unitId().toString());
		typed.put("serviceObject", ServiceObject.NATURAL_PERSON.name());
		return form(chosen, null, typed, List.of(), model);
	}

	@PostMapping("/new")
	String create(@RequestParam String site, @RequestParam Map<String, String> typed, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		var chosen = sites.get(ServiceApi.site(site));
		return ConsoleForms.attempt(response, () -> {
			var created = catalogue.create(chosen.id(), form(typed));
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已保存服务事项「" + created.name() + "」");
			return "redirect:/services?site=" + chosen.id().value();
		}, refusal -> form(chosen, null, new HashMap<>(typed), refusal.reasons(), model));
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable String id, Model model) {
		var item = catalogue.get(ServiceItemId.of(id));
		return form(sites.get(item.siteId()), item, typed(item), List.of(), model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable String id, @RequestParam Map<String, String> typed, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		var item = catalogue.get(ServiceItemId.of(id));
		return ConsoleForms.attempt(response, () -> {
			var saved = catalogue.update(item.id(), form(typed));
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已保存服务事项「" + saved.name() + "」");
			return "redirect:/services?site=" + saved.siteId().value();
		}, refusal -> form(sites.get(item.siteId()), item, new HashMap<>(typed), refusal.reasons(), model));
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable String id, RedirectAttributes redirect) {
		var item = catalogue.get(ServiceItemId.of(id));
		catalogue.delete(item.id());
		redirect.addFlashAttribute(ConsoleForms.FLASH, "已删除服务事项「" + item.name() + "」");
		return "redirect:/services?site=" + item.siteId().value();
	}

	private String list(@Nullable String site, @Nullable String unit, @Nullable String theme, List<String> reasons,
			Model model) {
		CurrentUser.require();
		var choices = sites.all().stream().filter(s -> s.type().isGovernment() && s.status().isActive()).toList();
		SiteView chosen = null;
		if (site != null && !site.isBlank()) {
			chosen = sites.get(ServiceApi.site(site));
		}
		else {
			chosen = choices.stream().filter(s -> s.type() == org.govsite.site.SiteType.PORTAL).findFirst().orElse(null);
		}
		model.addAttribute("section", "services");
		model.addAttribute("choices", choices);
		model.addAttribute("chosen", chosen);
		model.addAttribute("reasons", reasons);
		model.addAttribute("fieldErrors", Map.of());
		model.addAttribute("themes", ServiceThemes.ALL);
		model.addAttribute("unit", unit == null ? "" : unit);
		model.addAttribute("theme", theme == null ? "" : theme);
		if (chosen != null) {
			var all = catalogue.list(chosen.id(), null, null);
			var shown = catalogue.list(chosen.id(), UnitId.of(unit), theme);
			var unitOptions = new LinkedHashMap<String, String>();
			all.forEach(i -> unitOptions.put(i.unitId().value().toString(), i.unitName()));
			model.addAttribute("items", shown);
			model.addAttribute("total", all.size());
			model.addAttribute("incomplete", all.stream().filter(i -> !i.missingElements().isEmpty()).count());
			model.addAttribute("unitOptions", unitOptions);
			model.addAttribute("canWrite", catalogue.writesOn(chosen.id()));
		}
		return "services/list";
	}

	private String form(SiteView site, @Nullable ServiceItemView item, Map<String, String> typed, List<String> reasons,
			Model model) {
		for (var key : List.of("unitId", "theme", "serviceObject", "name", "legalBasis", "conditions", "materials",
				"location", "agency", "fees", "hours", "phone", "process", "online", "onlineUrl", "formsUrl", "formsNote",
				"version")) {
			typed.putIfAbsent(key, "");
		}
		model.addAttribute("section", "services");
		model.addAttribute("site", site);
		model.addAttribute("item", item);
		model.addAttribute("form", typed);
		model.addAttribute("reasons", reasons);
		model.addAttribute("fieldErrors", Map.of());
		model.addAttribute("themes", ServiceThemes.ALL);
		model.addAttribute("objects", ServiceObject.values());
		model.addAttribute("elementFields", ELEMENT_FIELDS);
		model.addAttribute("units", units.all().stream()
			.filter(u -> u.kind() != UnitKind.VENDOR && u.kind() != UnitKind.NON_GOVERNMENT).toList());
		return "services/form";
	}

	private static ServiceItemForm form(Map<String, String> t) {
		Long version = null;
		var versionText = t.get("version");
		if (versionText != null && versionText.matches("\\d{1,18}")) {
			version = Long.valueOf(versionText);
		}
		return new ServiceItemForm(t.get("unitId"), t.get("theme"), t.get("serviceObject"), t.get("name"),
				t.get("legalBasis"), t.get("conditions"), t.get("materials"), t.get("location"), t.get("agency"),
				t.get("fees"), t.get("hours"), t.get("phone"), t.get("process"), "on".equals(t.get("online"))
						|| "true".equals(t.get("online")), t.get("onlineUrl"), t.get("formsUrl"), t.get("formsNote"), version);
	}

	private static Map<String, String> typed(ServiceItemView item) {
		var map = new HashMap<String, String>();
		map.put("unitId", item.unitId().value().toString());
		map.put("theme", item.theme());
		map.put("serviceObject", item.serviceObject().name());
		map.put("name", item.name());
		map.put("legalBasis", nz(item.legalBasis()));
		map.put("conditions", nz(item.conditions()));
		map.put("materials", nz(item.materials()));
		map.put("location", nz(item.location()));
		map.put("agency", nz(item.agency()));
		map.put("fees", nz(item.fees()));
		map.put("hours", nz(item.hours()));
		map.put("phone", nz(item.phone()));
		map.put("process", nz(item.process()));
		map.put("online", item.online() ? "on" : "");
		map.put("onlineUrl", nz(item.onlineUrl()));
		map.put("formsUrl", nz(item.formsUrl()));
		map.put("formsNote", nz(item.formsNote()));
		map.put("version", String.valueOf(item.version()));
		return map;
	}

	private static String nz(@Nullable String text) {
		return text == null ? "" : text;
	}
}

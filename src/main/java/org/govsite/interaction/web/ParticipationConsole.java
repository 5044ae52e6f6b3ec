package org.govsite.interaction.web;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.govsite.iam.Role;
import org.govsite.interaction.ParticipationItems;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.web.ConsoleForms;
import org.govsite.site.SiteId;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console skeleton every kind of participation shares: the paged list of what the account may read, the form
 * to create one, the item with its edit form, each refused form shown again with what was typed
 * ({@link ConsoleForms#attempt}). One template set serves every kind ({@code interaction/console/participation*});
 * each kind's controller adds its own moves and the fragments of {@code participation-kinds.html}. Access rules are
 * the kind's service's; this class only hides controls.
 */
abstract class ParticipationConsole<I, V extends ParticipationItems.View<I>, F> {

	/** The words of the console that differ by kind. */
	record Words(String verb, String create, String save, String info, String description) {
	}

	final ParticipationItems<I, V, F> items;
	private final Sites sites;
	private final Words words;

	ParticipationConsole(ParticipationItems<I, V, F> items, Sites sites, Words words) {
		this.items = items;
		this.sites = sites;
		this.words = words;
	}

	/** The form the service takes, from what was typed (the names of the template's fields). */
	abstract F form(MultiValueMap<String, String> typed);

	/** The edit form as the item stands. */
	abstract MultiValueMap<String, String> typed(V item);

	/** What the detail page shows beyond the shared part (opinions, questions, guest rows …). */
	abstract void detailModel(Model model, V item, MultiValueMap<String, String> typed);

	/** Extra model of the create form (guest rows …). */
	void formModel(Model model, MultiValueMap<String, String> typed) {
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("section", "interaction");
		model.addAttribute("tab", items.kind().path());
		model.addAttribute("kind", items.kind());
		model.addAttribute("words", words);
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		var list = items.list(null, page);
		model.addAttribute("items", list);
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("more", list.size() >= 100);
		model.addAttribute("mayCreate", !responderSites().isEmpty());
		return "interaction/console/participations";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(model, new LinkedMultiValueMap<>(), List.of());
	}

	@PostMapping("/new")
	String create(@RequestParam MultiValueMap<String, String> typed, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		return ConsoleForms.attempt(response, () -> {
			var created = items.create(form(typed));
			redirect.addFlashAttribute(ConsoleForms.FLASH,
					"已" + words.verb() + items.kind().noun() + "「" + created.title() + "」，当前状态："
							+ created.statusLabel());
			return "redirect:" + home() + "/" + created.id();
		}, refusal -> form(model, typed, refusal.reasons()));
	}

	@GetMapping("/{id}")
	String detail(@PathVariable String id, Model model) {
		var item = items.get(items.id(id));
		return detailPage(model, item, List.of(), null, typed(item));
	}

	/** 修改: a refused edit shows the page again with what was typed. */
	@PostMapping("/{id}/edit")
	String edit(@PathVariable String id, @RequestParam MultiValueMap<String, String> typed,
			HttpServletResponse response, RedirectAttributes redirect, Model model) {
		var itemId = items.id(id);
		return ConsoleForms.attempt(response, () -> {
			items.edit(itemId, form(typed));
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已保存修改");
			return "redirect:" + home() + "/" + itemId;
		}, refusal -> detailPage(model, items.get(itemId), refusal.reasons(), "修改", typed));
	}

	/**
	 * Takes a move of the kind ({@code move} answers the flash) and redirects, or shows the page again with the
	 * refusal and what was typed.
	 */
	String act(HttpServletResponse response, RedirectAttributes redirect, Model model, I id, @Nullable String label,
			MultiValueMap<String, String> typed, Supplier<String> move, String anchor) {
		return ConsoleForms.attempt(response, () -> {
			redirect.addFlashAttribute(ConsoleForms.FLASH, move.get());
			return "redirect:" + home() + "/" + id + anchor;
		}, refusal -> {
			var item = items.get(id);
			var shown = typed(item);
			shown.putAll(typed);
			return detailPage(model, item, refusal.reasons(), label, shown);
		});
	}

	String detailPage(Model model, V item, List<String> reasons, @Nullable String failed,
			MultiValueMap<String, String> typed) {
		model.addAttribute("item", item);
		model.addAttribute("responder", MessageConsole.me().hasRoleOn(Role.RESPONDER, new SiteId(item.siteId())));
		model.addAttribute("reasons", reasons);
		model.addAttribute("failed", failed);
		model.addAttribute("typed", typed);
		detailModel(model, item, typed);
		return "interaction/console/participation";
	}

	String home() {
		return "/interaction/" + items.kind().path();
	}

	private String form(Model model, MultiValueMap<String, String> typed, List<String> reasons) {
		model.addAttribute("sites", responderSites());
		model.addAttribute("typed", typed);
		model.addAttribute("reasons", reasons);
		formModel(model, typed);
		return "interaction/console/participation-form";
	}

	private List<SiteView> responderSites() {
		var me = MessageConsole.me();
		return sites.all().stream().filter(s -> me.hasRoleOn(Role.RESPONDER, s.id())).toList();
	}

	/** A time as a {@code datetime-local} field shows it (Beijing time). */
	static String local(Instant instant) {
		return instant.atZone(BeijingTime.ZONE).toLocalDateTime().withSecond(0).withNano(0).toString();
	}
}

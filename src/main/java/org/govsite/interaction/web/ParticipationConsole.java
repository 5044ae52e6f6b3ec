package org.govsite.interaction.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.govsite.iam.Role;
import org.govsite.interaction.ParticipationItems;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleForms;
import org.govsite.site.SiteId;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console skeleton every kind of participation shares: the paged list of what the account may read, the form
 * to create one, the item with its edit form. The forms bind the kind's input record ({@code T}, converted to the
 * service's form {@code F}); a refused form is shown again with what was typed ({@link ConsoleForms#attempt}), each
 * reason beside the field the service placed it at ({@code fieldErrors}), the rest in the summary ({@code reasons}).
 * One template set serves every kind ({@code interaction/console/participation*}); each kind's controller adds its
 * own moves and the fragments of {@code participation-kinds.html}. Access rules are the kind's service's; this class
 * only hides controls.
 */
abstract class ParticipationConsole<I, V extends ParticipationItems.View<I>, F, T extends ParticipationInput<F>> {

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

	/** The empty new form. */
	abstract T empty();

	/** The edit form as the item stands. */
	abstract T input(V item);

	/** What the detail page shows beyond the shared part (opinions, questions …). */
	abstract void detailModel(Model model, V item);

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
		return form(model, empty(), List.of(), Map.of());
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") T form, BindingResult result, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		if (result.hasErrors()) {
			return form(model, form, List.of(), ConsoleForms.fieldErrors(result));
		}
		return ConsoleForms.attempt(response, () -> {
			var created = items.create(form.toForm());
			redirect.addFlashAttribute(ConsoleForms.FLASH,
					"已" + words.verb() + items.kind().noun() + "「" + created.title() + "」，当前状态："
							+ created.statusLabel());
			return "redirect:" + home() + "/" + created.id();
		}, refusal -> form(model, form, refusal.unplacedReasons(), refusal.reasonsByField()));
	}

	@GetMapping("/{id}")
	String detail(@PathVariable String id, Model model) {
		var item = items.get(items.id(id));
		return detailPage(model, item, input(item), null, null, Map.of());
	}

	/** 修改: a refused edit shows the page again with what was typed. */
	@PostMapping("/{id}/edit")
	String edit(@PathVariable String id, @ModelAttribute("form") T form, BindingResult result,
			HttpServletResponse response, RedirectAttributes redirect, Model model) {
		var itemId = items.id(id);
		if (result.hasErrors()) {
			model.addAttribute("fieldErrors", ConsoleForms.fieldErrors(result));
			return detailPage(model, items.get(itemId), form, "修改", null, Map.of());
		}
		return ConsoleForms.attempt(response, () -> {
			items.edit(itemId, form.toForm());
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已保存修改");
			return "redirect:" + home() + "/" + itemId;
		}, refusal -> detailPage(model, items.get(itemId), form, "修改", refusal, Map.of()));
	}

	/**
	 * Takes a move of the kind ({@code move} answers the flash) and redirects, or shows the page again with the
	 * refusal and what was typed in the move's own fields ({@code typed}, by field name: {@code ${move}}).
	 */
	String act(HttpServletResponse response, RedirectAttributes redirect, Model model, I id, @Nullable String label,
			Map<String, @Nullable String> typed, Supplier<String> move, String anchor) {
		return ConsoleForms.attempt(response, () -> {
			redirect.addFlashAttribute(ConsoleForms.FLASH, move.get());
			return "redirect:" + home() + "/" + id + anchor;
		}, refusal -> {
			var item = items.get(id);
			return detailPage(model, item, input(item), label, refusal, typed);
		});
	}

	private String detailPage(Model model, V item, T form, @Nullable String failed, @Nullable Refusal refusal,
			Map<String, @Nullable String> typed) {
		model.addAttribute("item", item);
		model.addAttribute("responder", MessageConsole.me().hasRoleOn(Role.RESPONDER, new SiteId(item.siteId())));
		model.addAttribute("form", form);
		model.addAttribute("failed", failed);
		model.addAttribute("move", typed);
		refused(model, refusal == null ? List.of() : refusal.unplacedReasons(),
				refusal == null ? Map.of() : refusal.reasonsByField());
		detailModel(model, item);
		return "interaction/console/participation";
	}

	String home() {
		return "/interaction/" + items.kind().path();
	}

	private String form(Model model, T form, List<String> reasons, Map<String, List<String>> fieldErrors) {
		model.addAttribute("sites", responderSites());
		model.addAttribute("form", form);
		refused(model, reasons, fieldErrors);
		return "interaction/console/participation-form";
	}

	/** The refusal's reasons: each placed one beside its field, the rest in the summary (which lists them all). */
	private static void refused(Model model, List<String> reasons, Map<String, List<String>> fieldErrors) {
		model.addAttribute("reasons", reasons);
		if (!model.containsAttribute("fieldErrors") || !fieldErrors.isEmpty()) {
			model.addAttribute("fieldErrors", fieldErrors);
		}
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

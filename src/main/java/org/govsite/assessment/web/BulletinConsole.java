package org.govsite.assessment.web;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.govsite.assessment.BulletinId;
import org.govsite.assessment.BulletinKind;
import org.govsite.assessment.Bulletins;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.Refusal;
import org.govsite.shared.web.ConsoleController;
import org.govsite.shared.web.ConsoleForms;
import org.govsite.site.SiteId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console door to 通报 (the API's twin): the list with the form to issue one, the bulletin as a printable page
 * (what the general office sends out), its workbook, and the evidence behind a site's line.
 */
@ConsoleController
@RequestMapping("/supervision/bulletins")
class BulletinConsole {

	private final Bulletins bulletins;
	private final Clock clock;

	BulletinConsole(Bulletins bulletins, Clock clock) {
		this.bulletins = bulletins;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		var lastMonth = BeijingTime.today(clock).withDayOfMonth(1).minusDays(1);
		return list(Map.of("kind", "MONTHLY", "year", String.valueOf(lastMonth.getYear()), "number",
				String.valueOf(lastMonth.getMonthValue())), null, model);
	}

	@PostMapping
	String issue(@RequestParam Map<String, String> typed, HttpServletResponse response, RedirectAttributes redirect,
			Model model) {
		return ConsoleForms.attempt(response, () -> {
			var kind = "QUARTERLY".equals(typed.get("kind")) ? BulletinKind.QUARTERLY
					: "MONTHLY".equals(typed.get("kind")) ? BulletinKind.MONTHLY : null;
			var id = bulletins.issue(kind, number(typed.get("year"), "年份"), number(typed.get("number"), "月份或季度"));
			redirect.addFlashAttribute(ConsoleForms.FLASH, "已生成通报");
			return "redirect:/supervision/bulletins/" + id;
		}, refusal -> list(typed, refusal, model));
	}

	@GetMapping("/{id}")
	String bulletin(@PathVariable String id, Model model) {
		model.addAttribute("section", "bulletins");
		model.addAttribute("bulletin", bulletins.get(BulletinId.of(id)));
		return "supervision/bulletin";
	}

	@GetMapping("/{id}/workbook")
	ResponseEntity<byte[]> workbook(@PathVariable String id) {
		var bulletinId = BulletinId.of(id);
		var bulletin = bulletins.get(bulletinId);
		return ResponseEntity.ok().contentType(BulletinApi.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(bulletin.title() + ".xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(bulletins.xlsx(bulletinId));
	}

	@GetMapping("/{id}/sites/{site}")
	String site(@PathVariable String id, @PathVariable String site, Model model) {
		var siteId = SiteId.of(site);
		if (siteId == null) {
			throw Refusal.notFound("网站不存在");
		}
		var bulletinId = BulletinId.of(id);
		model.addAttribute("section", "bulletins");
		model.addAttribute("bulletin", bulletins.get(bulletinId));
		model.addAttribute("result", bulletins.evidence(bulletinId, siteId));
		return "supervision/bulletin-site";
	}

	private String list(Map<String, String> typed, Refusal refusal, Model model) {
		model.addAttribute("section", "bulletins");
		model.addAttribute("bulletins", bulletins.list());
		model.addAttribute("typed", typed);
		model.addAttribute("reasons", refusal == null ? java.util.List.of() : refusal.reasons());
		model.addAttribute("kinds", BulletinKind.values());
		model.addAttribute("fieldErrors", Map.of());
		return "supervision/bulletins";
	}

	private static Integer number(String text, String what) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			throw Refusal.invalid(what + "应填写整数");
		}
	}
}

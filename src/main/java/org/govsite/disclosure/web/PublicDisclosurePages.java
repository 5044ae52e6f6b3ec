package org.govsite.disclosure.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govsite.content.Validity;
import org.govsite.disclosure.ApplicantKind;
import org.govsite.disclosure.DisclosureCatalogue;
import org.govsite.disclosure.Delivery;
import org.govsite.disclosure.DisclosureReports;
import org.govsite.disclosure.DisclosureRequests;
import org.govsite.disclosure.FieldRefusal;
import org.govsite.disclosure.PreferredForm;
import org.govsite.disclosure.RequestForm;
import org.govsite.interaction.PublicForms;
import org.govsite.interaction.SubmissionRefusal;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteStatus;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of requests for disclosure (no sign-in, no session, phone-friendly): the request form per site with
 * the interaction platform's captcha, the receipt with the tracking code, the status look-up and the letter download.
 * Everything typed is rendered escaped.
 */
@Controller
@RequestMapping("/public/disclosure")
class PublicDisclosurePages {

	/** A text field of the form. */
	record Field(String name, String label, String type, boolean required, boolean multiline, String autocomplete) {
	}

	static final List<Field> TEXT_FIELDS = List.of(
			new Field("applicantName", "姓名或单位名称", "text", true, false, "name"),
			new Field("idNumber", "身份证件号码或统一社会信用代码", "text", true, false, "off"),
			new Field("mobile", "手机号码（查询办理进度时需要）", "tel", true, false, "tel"),
			new Field("email", "电子邮箱", "email", false, false, "email"),
			new Field("address", "通信地址（选择邮寄时必填）", "text", false, false, "street-address"),
			new Field("description", "所需政府信息的名称、文号或者便于查询的其他特征性描述", "text", true, true, "off"),
			new Field("purpose", "用途说明（选填）", "text", false, true, "off"));

	static final Set<String> FIELDS = Set.of("applicantKind", "applicantName", "idNumber", "mobile", "email", "address",
			"description", "purpose", "preferredForm", "delivery", "captchaAnswer");

	private final DisclosureRequests requests;
	private final PublicForms publicForms;
	private final Sites sites;
	private final DisclosureReports reports;
	private final DisclosureCatalogue catalogue;

	PublicDisclosurePages(DisclosureRequests requests, PublicForms publicForms, Sites sites, DisclosureReports reports,
			DisclosureCatalogue catalogue) {
		this.requests = requests;
		this.catalogue = catalogue;
		this.reports = reports;
		this.publicForms = publicForms;
		this.sites = sites;
	}

	@GetMapping("/{siteCode}/new")
	String form(@PathVariable String siteCode, Model model) {
		var typed = new HashMap<String, String>();
		typed.put("clientToken", UUID.randomUUID().toString());
		return form(site(siteCode), typed, Map.of(), model);
	}

	@PostMapping("/{siteCode}/new")
	String submit(@PathVariable String siteCode, @RequestParam Map<String, String> typed, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		var site = site(siteCode);
		var form = new RequestForm(site.siteCode(), parse(ApplicantKind.class, typed.get("applicantKind")),
				typed.get("applicantName"), typed.get("idNumber"), typed.get("mobile"), typed.get("email"),
				typed.get("address"), typed.get("description"), typed.get("purpose"),
				parse(PreferredForm.class, typed.get("preferredForm")), parse(Delivery.class, typed.get("delivery")),
				null, null, typed.get("clientToken"), typed.get("captchaToken"), typed.get("captchaAnswer"));
		try {
			var receipt = requests.submit(form, request.getRemoteAddr());
			model.addAttribute("receipt", receipt);
			model.addAttribute("siteName", site.name());
			return "disclosure/public-receipt";
		}
		catch (FieldRefusal refusal) {
			response.setStatus(422);
			var errors = new LinkedHashMap<String, List<String>>();
			refusal.fieldReasons().forEach(r -> errors.computeIfAbsent(r.field(), k -> new java.util.ArrayList<>()).add(r.reason()));
			return form(site, new HashMap<>(typed), errors, model);
		}
		catch (SubmissionRefusal refusal) {
			response.setStatus(refusal.rateLimited() ? 429 : 422);
			var errors = new LinkedHashMap<String, List<String>>();
			refusal.fieldReasons().forEach(r -> errors.computeIfAbsent(r.field(), k -> new java.util.ArrayList<>()).add(r.reason()));
			return form(site, new HashMap<>(typed), errors, model);
		}
	}

	@GetMapping("/status")
	String statusForm(Model model) {
		model.addAttribute("trackingCode", "");
		model.addAttribute("mobile", "");
		model.addAttribute("errors", Map.of());
		model.addAttribute("result", null);
		return "disclosure/public-status";
	}

	@PostMapping("/status")
	String status(@RequestParam(defaultValue = "") String trackingCode, @RequestParam(defaultValue = "") String mobile,
			HttpServletResponse response, Model model) {
		model.addAttribute("trackingCode", trackingCode);
		model.addAttribute("mobile", mobile);
		model.addAttribute("result", null);
		try {
			model.addAttribute("result", requests.track(trackingCode, mobile));
			model.addAttribute("errors", Map.of());
		}
		catch (FieldRefusal refusal) {
			response.setStatus(org.govsite.shared.web.RefusalStatus.of(refusal.kind()).value());
			model.addAttribute("errors", Map.of("form", refusal.reasons()));
		}
		return "disclosure/public-status";
	}

	@PostMapping("/letter")
	ResponseEntity<byte[]> letter(@RequestParam(defaultValue = "") String trackingCode,
			@RequestParam(defaultValue = "") String mobile) {
		var letter = requests.letterFor(trackingCode, mobile);
		return ResponseEntity.ok()
			.contentType(DisclosureRequestApi.DOCX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(letter.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(letter.content());
	}

	/** A published annual disclosure report of the site. */
	@GetMapping("/{siteCode}/reports/{year}")
	String report(@PathVariable String siteCode, @PathVariable int year, Model model) {
		model.addAttribute("report", reports.published(siteCode, year));
		return "disclosure/public-report";
	}

	/** The 政府信息公开目录 (of the platform, or of one site with {@code site=<网站标识码>}), with its filters. */
	@GetMapping("/catalogue")
	String catalogue(@RequestParam Map<String, String> params, Model model) {
		var query = catalogueQuery(params, DisclosureCatalogue.PAGE_SIZE);
		var page = catalogue.find(query);
		model.addAttribute("page", page);
		model.addAttribute("query", query);
		model.addAttribute("params", params);
		var base = new StringBuilder();
		for (var key : List.of("site", "q", "subject", "genre", "year", "validity")) {
			var value = params.get(key);
			if (value != null && !value.isBlank()) {
				base.append(base.isEmpty() ? "" : "&").append(key).append('=')
					.append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		model.addAttribute("queryString", base.toString());
		return "disclosure/public-catalogue";
	}

	/** The filtered catalogue as a spreadsheet-friendly CSV file (UTF-8 with BOM), at most 5,000 lines. */
	@GetMapping("/catalogue.csv")
	ResponseEntity<byte[]> catalogueCsv(@RequestParam Map<String, String> params) {
		var csv = new StringBuilder("\uFEFF索引号,标题,文号,发文机关,主题分类,文种,成文日期,发布日期,有效性,网址\r\n");
		for (int number = 1; number <= 50; number++) {
			var query = catalogueQuery(params, DisclosureCatalogue.MAX_PAGE_SIZE);
			var page = catalogue.find(new DisclosureCatalogue.Query(query.site(), query.subject(), query.genre(),
					query.year(), query.validity(), query.q(), number, DisclosureCatalogue.MAX_PAGE_SIZE));
			for (var item : page.items()) {
				csv.append(String.join(",", cell(item.indexNo()), cell(item.title()), cell(item.documentNo()),
						cell(item.issuingAuthority()), cell(item.subjectCategory()), cell(item.genre()),
						cell(item.writtenOn() == null ? null : item.writtenOn().toString()),
						cell(item.publishedOn().toString()), cell(item.validity()), cell(item.url()))).append("\r\n");
			}
			if (number >= page.pageCount()) {
				break;
			}
		}
		return ResponseEntity.ok()
			.contentType(new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("政府信息公开目录.csv", java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** A CSV cell: quoted, and never read as a formula by a spreadsheet (a leading =, +, - or @ is escaped). */
	static String cell(@Nullable String value) {
		if (value == null) {
			return "";
		}
		var text = value.matches("(?s)^[=+\\-@\\t\\r].*") ? "'" + value : value;
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	private static DisclosureCatalogue.Query catalogueQuery(Map<String, String> params, int size) {
		var reasons = new java.util.ArrayList<String>();
		Integer year = null;
		var yearText = params.get("year");
		if (yearText != null && !yearText.isBlank()) {
			try {
				year = Integer.valueOf(yearText.strip());
			}
			catch (NumberFormatException e) {
				reasons.add("年份「" + yearText.strip() + "」应为四位数字");
			}
		}
		var validityText = params.get("validity");
		var validity = parse(Validity.class, validityText);
		if (validity == null && validityText != null && !validityText.isBlank()) {
			reasons.add("有效性「" + validityText + "」不在可选范围内");
		}
		int page = 1;
		var pageText = params.get("page");
		if (pageText != null && !pageText.isBlank()) {
			try {
				page = Integer.parseInt(pageText.strip());
			}
			catch (NumberFormatException e) {
				reasons.add("页码应为数字");
			}
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		return new DisclosureCatalogue.Query(params.get("site"), params.get("subject"), params.get("genre"), year,
				validity, params.get("q"), page, size);
	}

	@ExceptionHandler(Refusal.class)
	String refused(Refusal refusal, HttpServletResponse response, Model model) {
		response.setStatus(org.govsite.shared.web.RefusalStatus.of(refusal.kind()).value());
		model.addAttribute("reasons", refusal.reasons());
		return "interaction/refused";
	}

	private String form(SiteView site, Map<String, String> typed, Map<String, List<String>> errors, Model model) {
		var challenge = publicForms.challenge(clientAddress());
		typed.putIfAbsent("clientToken", UUID.randomUUID().toString());
		for (var key : List.of("applicantKind", "applicantName", "idNumber", "mobile", "email", "address", "description",
				"purpose", "preferredForm", "delivery")) {
			typed.putIfAbsent(key, "");
		}
		model.addAttribute("site", site);
		model.addAttribute("form", typed);
		model.addAttribute("captchaToken", challenge.token());
		model.addAttribute("question", challenge.question());
		model.addAttribute("captchaWorkBits", challenge.workBits());
		model.addAttribute("errors", errors);
		model.addAttribute("fields", FIELDS);
		model.addAttribute("textFields", TEXT_FIELDS);
		model.addAttribute("kinds", ApplicantKind.values());
		model.addAttribute("forms", PreferredForm.values());
		model.addAttribute("deliveries", Delivery.values());
		return "disclosure/public-form";
	}

	private SiteView site(String siteCode) {
		return sites.findBySiteCode(siteCode).filter(s -> s.status() == SiteStatus.RUNNING)
			.orElseThrow(() -> Refusal.notFound("网站「" + siteCode + "」不存在或未运行"));
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
	}

	static @Nullable LocalDate date(@Nullable String text) {
		return text == null || text.isBlank() ? null : org.govsite.calendar.WorkingDayCalendar.parseDate(text);
	}

	/** The client's address (after the trusted-proxy rule), to which a captcha question is bound. */
	private static @org.jspecify.annotations.Nullable String clientAddress() {
		var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
		return attributes instanceof org.springframework.web.context.request.ServletRequestAttributes servlet
				? servlet.getRequest().getRemoteAddr() : null;
	}
}

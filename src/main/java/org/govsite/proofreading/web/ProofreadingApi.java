package org.govsite.proofreading.web;

import java.util.List;

import org.govsite.proofreading.ContentChecker;
import org.govsite.proofreading.DictionaryEntry;
import org.govsite.proofreading.EntryForm;
import org.govsite.proofreading.Finding;
import org.govsite.proofreading.HtmlText;
import org.govsite.proofreading.ProofreadingDictionary;
import org.govsite.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proofreading: any signed-in account may check a text or HTML; the dictionaries are read and edited by 系统管理员 or
 * 安全管理员 (enforced by {@link ProofreadingDictionary}).
 */
@RestController
@RequestMapping("/api/v1/proofreading")
class ProofreadingApi {

	/** The longest text or HTML accepted by one check (characters). */
	static final int MAX_LENGTH = 500_000;

	private final ContentChecker checker;
	private final ProofreadingDictionary dictionary;

	ProofreadingApi(ContentChecker checker, ProofreadingDictionary dictionary) {
		this.checker = checker;
		this.dictionary = dictionary;
	}

	/** Either {@code text} or {@code html}, not both. */
	record CheckRequest(@Nullable String text, @Nullable String html) {
	}

	/** The checked text (for HTML: the extracted text that the positions refer to) and the findings in it. */
	record CheckResult(String text, List<FindingView> findings) {
	}

	record FindingView(int start, int end, String matched, String severity, String severityLabel, String category,
			String categoryLabel, @Nullable String suggestion, String message) {

		static FindingView of(Finding finding) {
			return new FindingView(finding.start(), finding.end(), finding.matched(), finding.severity().name(),
					finding.severity().label(), finding.category().name(), finding.category().label(),
					finding.suggestion(), finding.message());
		}
	}

	@PostMapping("/check")
	CheckResult check(@RequestBody CheckRequest request) {
		if ((request.text() == null) == (request.html() == null)) {
			throw Refusal.invalid("请提供待检查的内容：text（纯文本）或 html（网页正文）二者之一");
		}
		var input = request.text() != null ? request.text() : request.html();
		if (input.length() > MAX_LENGTH) {
			throw Refusal.invalid("待检查的内容过长（" + input.length() + " 个字符），单次最多 " + MAX_LENGTH + " 个字符");
		}
		if (request.text() != null) {
			return new CheckResult(request.text(), checker.check(request.text()).stream().map(FindingView::of).toList());
		}
		// checkHtml also looks at the page's title and headings (keyword stuffing); positions are in the extracted text.
		var text = HtmlText.extract(request.html());
		return new CheckResult(text, checker.checkHtml(request.html()).stream().map(FindingView::of).toList());
	}

	@GetMapping("/entries")
	List<DictionaryEntry> entries() {
		return dictionary.entries();
	}

	@PostMapping("/entries")
	@ResponseStatus(HttpStatus.CREATED)
	DictionaryEntry add(@RequestBody EntryForm form) {
		return dictionary.add(form);
	}

	@DeleteMapping("/entries/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable long id) {
		dictionary.remove(id);
	}
}

package org.govsite.proofreading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

import org.jsoup.Jsoup;

/**
 * One compiled dictionary, the personal-data detector, the injection detector (gambling, pornography, black-hat SEO)
 * and the wording detector (protected names, fixed phrases, removed officials), checking a text in one go. A
 * detector's finding with the same span as a dictionary finding is dropped: the dictionary's entry is the explicit
 * one. Immutable, thread-safe.
 */
final class Proofreader implements ContentChecker {
	/** Selectors parsed once: parsing one per call was the crawl's largest cost (jsoup 1.24 fills a buffer per parse). */
	private static final org.jsoup.select.Evaluator HEADINGS = org.jsoup.select.QueryParser.parse("title, h1, h2, h3");


	private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::start)
		.thenComparingInt(Finding::end);

	private final CompiledDictionary dictionary;
	private final PersonalDataDetector personalData;
	private final InjectionDetector injection;
	private final WordingDetector wording;

	Proofreader(CompiledDictionary dictionary, PersonalDataDetector personalData) {
		this(dictionary, personalData, new InjectionDetector(InjectionLexicon.ofWords(List.of())),
				new WordingDetector(java.util.Map.of(), List.of(), List.of()));
	}

	Proofreader(CompiledDictionary dictionary, PersonalDataDetector personalData, InjectionDetector injection,
			WordingDetector wording) {
		this.dictionary = dictionary;
		this.personalData = personalData;
		this.injection = injection;
		this.wording = wording;
	}

	/**
	 * The platform's proofreader for a set of dictionary terms: gambling and pornography terms extend the injection
	 * lexicon, protected names and removed officials feed the wording detector, the rest is the dictionary.
	 */
	static Proofreader of(Collection<Term> terms, PersonalDataDetector personalData) {
		var plain = new ArrayList<Term>();
		var protectedNames = new HashMap<String, Category>();
		var allowed = new HashSet<String>();
		var removed = new ArrayList<WordingDetector.Removed>();
		for (var term : terms) {
			if (term.category() == Category.GAMBLING || term.category() == Category.PORNOGRAPHY) {
				continue;
			}
			plain.add(term);
			if (term.kind() == EntryKind.PROTECTED) {
				protectedNames.put(term.word(), term.category() == null ? Category.SERIOUS_WORDING : term.category());
			}
			else if (term.kind() == EntryKind.ALLOWED) {
				allowed.add(term.word());
			}
			else if (term.category() == Category.FALLEN_OFFICIAL) {
				removed.add(new WordingDetector.Removed(term.word(), term.note()));
			}
		}
		return new Proofreader(CompiledDictionary.of(plain), personalData,
				new InjectionDetector(InjectionLexicon.of(terms)), new WordingDetector(protectedNames, allowed, removed));
	}

	@Override
	public List<Finding> check(String text) {
		return merge(text, List.of());
	}

	/** The text's findings plus the injection detector's findings on the page's title and h1–h3 headings. */
	@Override
	public List<Finding> checkHtml(String html) {
		if (html.isEmpty()) {
			return List.of();
		}
		var document = Jsoup.parse(html);
		var text = document.text();
		var headings = document.select(HEADINGS).eachText();
		return merge(text, injection.headings(headings, text));
	}

	private List<Finding> merge(String text, List<Finding> extra) {
		if (text.isEmpty()) {
			return List.of();
		}
		var findings = new ArrayList<Finding>(dictionary.check(text));
		findings.addAll(personalData.check(text));
		var spans = new HashSet<Long>();
		for (var finding : findings) {
			spans.add(span(finding));
		}
		var detected = new ArrayList<Finding>(injection.check(text));
		detected.addAll(wording.check(text));
		detected.addAll(extra);
		for (var finding : detected) {
			if (spans.add(span(finding))) {
				findings.add(finding);
			}
		}
		findings.sort(ORDER);
		return List.copyOf(findings);
	}

	private static long span(Finding finding) {
		return ((long) finding.start() << 32) | finding.end();
	}
}

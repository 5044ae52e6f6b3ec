package org.govsite.proofreading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One compiled dictionary and the personal-data detector, checking a text in one go. Immutable, thread-safe. */
final class Proofreader implements ContentChecker {

	private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::start)
		.thenComparingInt(Finding::end);

	private final CompiledDictionary dictionary;
	private final PersonalDataDetector personalData;

	Proofreader(CompiledDictionary dictionary, PersonalDataDetector personalData) {
		this.dictionary = dictionary;
		this.personalData = personalData;
	}

	@Override
	public List<Finding> check(String text) {
		var findings = new ArrayList<Finding>(dictionary.check(text));
		findings.addAll(personalData.check(text));
		findings.sort(ORDER);
		return List.copyOf(findings);
	}
}

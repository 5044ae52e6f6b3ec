package org.govsite.proofreading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.govsite.shared.Refusal;
import org.junit.jupiter.api.Test;

/** Dictionary matching without Spring: the trie, positions, overlaps, the allow-list and the entry rules. */
class ProofreadingMatchingTests {

	static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

	static PersonalDataDetector checkerToday() {
		return new PersonalDataDetector(() -> TODAY);
	}

	static ContentChecker checker(Term... terms) {
		return new Proofreader(CompiledDictionary.of(List.of(terms)), new PersonalDataDetector(() -> TODAY));
	}

	static final ContentChecker SEED = checker(
			Term.of("攻府", EntryKind.CORRECTION, "政府"),
			Term.of("中华人民共合国", EntryKind.CORRECTION, "中华人民共和国"),
			Term.of("共合", EntryKind.CORRECTION, "共和"),
			Term.of("扫黑险恶", EntryKind.CORRECTION, "扫黑除恶"),
			new Term("齐齐哈市", EntryKind.CORRECTION, Category.ADMINISTRATIVE_DIVISION, Severity.WARNING, "齐齐哈尔市", null),
			Term.of("测试稿件", EntryKind.BANNED, null),
			Term.of("内部资料", EntryKind.SENSITIVE, null),
			Term.of("既使", EntryKind.CORRECTION, "即使"),
			Term.allowed("既使用"),
			Term.of("lorem ipsum", EntryKind.BANNED, null));

	@Test
	void findsEveryEntryWithExactPositionsSeverityAndChineseMessage() {
		var text = "市攻府办公室发布测试稿件，扫黑险恶专项斗争在齐齐哈市开展。";
		var findings = SEED.check(text);
		assertThat(findings).extracting(Finding::matched).containsExactly("攻府", "测试稿件", "扫黑险恶", "齐齐哈市");
		for (var finding : findings) {
			assertThat(text.substring(finding.start(), finding.end())).isEqualTo(finding.matched());
		}
		var typo = findings.get(0);
		assertThat(typo.start()).isEqualTo(1);
		assertThat(typo.end()).isEqualTo(3);
		assertThat(typo.severity()).isEqualTo(Severity.WARNING);
		assertThat(typo.category()).isEqualTo(Category.TYPO);
		assertThat(typo.suggestion()).isEqualTo("政府");
		assertThat(typo.message()).isEqualTo("「攻府」疑似错别字，建议改为「政府」");
		var banned = findings.get(1);
		assertThat(banned.severity()).isEqualTo(Severity.SERIOUS);
		assertThat(banned.category()).isEqualTo(Category.BANNED_WORD);
		assertThat(banned.suggestion()).isNull();
		assertThat(banned.message()).isEqualTo("「测试稿件」为禁用词，不得发布");
		assertThat(findings.get(3).category()).isEqualTo(Category.ADMINISTRATIVE_DIVISION);
		assertThat(findings.get(3).message()).isEqualTo("「齐齐哈市」疑似行政区划有误，建议改为「齐齐哈尔市」");
	}

	@Test
	void neverChangesTheTextAndFindsNothingInCorrectText() {
		assertThat(SEED.check("中华人民共和国政府在齐齐哈尔市开展扫黑除恶专项斗争。")).isEmpty();
		assertThat(SEED.check("")).isEmpty();
		assertThat(checker().check("攻府")).isEmpty();
	}

	@Test
	void reportsTheLongestMatchAndNotTheShorterOneInsideIt() {
		var findings = SEED.check("中华人民共合国成立");
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.matched()).isEqualTo("中华人民共合国");
			assertThat(f.start()).isZero();
			assertThat(f.end()).isEqualTo(7);
			assertThat(f.suggestion()).isEqualTo("中华人民共和国");
		});
		// Alone, the shorter entry is reported.
		assertThat(SEED.check("共合")).extracting(Finding::suggestion).containsExactly("共和");
	}

	@Test
	void anAllowedPhraseHidesTheMatchesInsideItButNotTheSameWordElsewhere() {
		assertThat(SEED.check("既使用传统媒体，又使用新媒体。")).isEmpty();
		var findings = SEED.check("既使用传统媒体。既使困难，也要坚持。");
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.matched()).isEqualTo("既使");
			assertThat(f.start()).isEqualTo(8);
			assertThat(f.severity()).isEqualTo(Severity.WARNING);
		});
	}

	@Test
	void overlappingMatchesThatDoNotContainEachOtherAreBothReported() {
		var checker = checker(Term.of("甲乙丙", EntryKind.SENSITIVE, null), Term.of("丙丁", EntryKind.BANNED, null));
		assertThat(checker.check("甲乙丙丁")).extracting(Finding::start, Finding::end)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(0, 3), org.assertj.core.groups.Tuple.tuple(2, 4));
	}

	@Test
	void positionsAreUtf16OffsetsAlsoAfterSurrogatePairs() {
		var text = "𠮷野家😀攻府𩸽";
		var findings = SEED.check(text);
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.start()).isEqualTo(6); // 𠮷 and 😀 are two UTF-16 units each
			assertThat(f.end()).isEqualTo(8);
			assertThat(text.substring(f.start(), f.end())).isEqualTo("攻府");
		});
		var surrogateWord = checker(Term.of("𩸽鱼", EntryKind.SENSITIVE, null));
		assertThat(surrogateWord.check("吃𩸽鱼")).singleElement()
			.satisfies(f -> assertThat(f.start()).isEqualTo(1))
			.satisfies(f -> assertThat(f.end()).isEqualTo(4));
	}

	@Test
	void matchingIgnoresAsciiCaseAndFullWidthFormsButReportsTheOriginalText() {
		var text = "模板：Lorem Ipsum 与 ｌｏｒｅｍ　ｉｐｓｕｍ";
		assertThat(SEED.check(text)).extracting(Finding::matched).containsExactly("Lorem Ipsum", "ｌｏｒｅｍ　ｉｐｓｕｍ");
	}

	@Test
	void aLargeDictionaryCompilesAndMatches() {
		var terms = new java.util.ArrayList<Term>();
		for (int i = 0; i < 10_000; i++) {
			terms.add(Term.of("词" + Integer.toString(i, 36) + "条", EntryKind.SENSITIVE, null));
		}
		var dictionary = CompiledDictionary.of(terms);
		assertThat(dictionary.size()).isEqualTo(10_000);
		assertThat(dictionary.check("这里有词zz条和词0条")).extracting(Finding::matched).containsExactly("词zz条", "词0条");
	}

	@Test
	void entryRulesRefuseInChineseWithEveryReason() {
		assertThatThrownBy(() -> EntryRules.require(new EntryForm("  ", null, null, null, null, null)))
			.isInstanceOfSatisfying(Refusal.class, r -> {
				assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID);
				assertThat(r.reasons()).hasSize(2).anyMatch(s -> s.contains("请填写词语"))
					.anyMatch(s -> s.contains("词库类型"));
			});
		assertThatThrownBy(() -> EntryRules.require(new EntryForm("攻府", EntryKind.CORRECTION, null, null, " 攻府 ", null)))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.reasons()).containsExactly("建议用词不能与词语相同"));
		assertThatThrownBy(() -> EntryRules.require(new EntryForm("攻府", EntryKind.CORRECTION, null, null, null, null)))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.reasons()).containsExactly("纠错词须填写建议用词"));
		assertThatThrownBy(() -> EntryRules.require(new EntryForm("既使用", EntryKind.ALLOWED, null, Severity.HINT, null,
				null))).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> EntryRules.require(new EntryForm("甲\n乙", EntryKind.BANNED, Category.PRIVACY, null,
				null, null))).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.reasons()).hasSize(2));

		var term = EntryRules.require(new EntryForm(" 攻府 ", EntryKind.CORRECTION, null, null, "政府", null));
		assertThat(term).isEqualTo(new Term("攻府", EntryKind.CORRECTION, Category.TYPO, Severity.WARNING, "政府", null));
		var banned = EntryRules.require(new EntryForm("某词", EntryKind.BANNED, Category.FALLEN_OFFICIAL, null, null, null));
		assertThat(banned.severity()).isEqualTo(Severity.SERIOUS);
		assertThat(banned.category()).isEqualTo(Category.FALLEN_OFFICIAL);
	}
}

package org.govsite.proofreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Serious wording errors without Spring: protected names written with a same-sound or similar-shape character, slips
 * of fixed political phrases, removed officials given a title; each finding names the right form.
 */
class ProofreadingWordingTests {

	static final List<Term> PLATFORM = List.of(
			new Term("中华人民共和国", EntryKind.PROTECTED, Category.COUNTRY_NAME, Severity.SERIOUS, null, null),
			new Term("示例自治州", EntryKind.PROTECTED, Category.ADMINISTRATIVE_DIVISION, Severity.SERIOUS, null, null),
			new Term("国务院办公厅", EntryKind.PROTECTED, Category.INSTITUTION_NAME, Severity.SERIOUS, null, null),
			new Term("欧阳明华", EntryKind.PROTECTED, Category.LEADER_NAME, Severity.SERIOUS, null, "州长"),
			new Term("黄立新", EntryKind.SENSITIVE, Category.FALLEN_OFFICIAL, Severity.WARNING, null, "原副州长，已被免职"),
			Term.of("国务院办工厅", EntryKind.CORRECTION, "国务院办公厅"));

	static final Proofreader CHECKER = Proofreader.of(PLATFORM, ProofreadingMatchingTests.checkerToday());

	@Test
	void reportsAProtectedNameWrittenWithASameSoundCharacterNamingTheRightForm() {
		var text = "欧阳明花州长出席会议。";
		assertThat(CHECKER.check(text)).singleElement().satisfies(f -> {
			assertThat(f.start()).isZero();
			assertThat(f.end()).isEqualTo(4);
			assertThat(f.matched()).isEqualTo("欧阳明花");
			assertThat(f.severity()).isEqualTo(Severity.SERIOUS);
			assertThat(f.category()).isEqualTo(Category.SERIOUS_WORDING);
			assertThat(f.suggestion()).isEqualTo("欧阳明华");
			assertThat(f.message()).isEqualTo("「欧阳明花」疑似领导人姓名误写（「花」与「华」同音），应为「欧阳明华」");
		});
		assertThat(CHECKER.check("中华人民共合国成立七十七周年")).singleElement().satisfies(f -> {
			assertThat(f.suggestion()).isEqualTo("中华人民共和国");
			assertThat(f.message()).isEqualTo("「中华人民共合国」疑似国名误写（「合」与「和」同音），应为「中华人民共和国」");
		});
	}

	@Test
	void reportsASimilarShapeCharacterInAPlaceName() {
		assertThat(CHECKER.check("示例自冶州召开会议")).singleElement().satisfies(f -> {
			assertThat(f.matched()).isEqualTo("示例自冶州");
			assertThat(f.suggestion()).isEqualTo("示例自治州");
			assertThat(f.message()).isEqualTo("「示例自冶州」疑似行政区划误写（「冶」与「治」形近），应为「示例自治州」");
		});
	}

	@Test
	void reportsOneCharacterSlipsOfFixedPoliticalPhrases() {
		assertThat(CHECKER.check("深入推进扫黑险恶常态化")).singleElement().satisfies(f -> {
			assertThat(f.matched()).isEqualTo("扫黑险恶");
			assertThat(f.suggestion()).isEqualTo("扫黑除恶");
			assertThat(f.category()).isEqualTo(Category.SERIOUS_WORDING);
			assertThat(f.message()).isEqualTo("「扫黑险恶」疑似规范表述误写（「险」与「除」形近），应为「扫黑除恶」");
		});
		assertThat(CHECKER.check("共建一代一路")).singleElement()
			.extracting(Finding::matched, Finding::suggestion)
			.containsExactly("一代一路", "一带一路");
	}

	@Test
	void aDictionaryCorrectionOfTheSameSpanWins() {
		assertThat(CHECKER.check("国务院办工厅印发通知")).singleElement().satisfies(f -> {
			assertThat(f.category()).isEqualTo(Category.TYPO);
			assertThat(f.suggestion()).isEqualTo("国务院办公厅");
		});
	}

	@Test
	void reportsARemovedOfficialStillGivenATitleButNotAsFormer() {
		var findings = CHECKER.check("副州长黄立新出席活动。");
		assertThat(findings).extracting(Finding::matched).containsExactly("副州长黄立新", "黄立新");
		var titled = findings.get(0);
		assertThat(titled.severity()).isEqualTo(Severity.SERIOUS);
		assertThat(titled.category()).isEqualTo(Category.SERIOUS_WORDING);
		assertThat(titled.suggestion()).isEqualTo("原副州长黄立新");
		assertThat(titled.message()).isEqualTo("「黄立新」已被免职或查处（原副州长，已被免职），不得再称「副州长」，应为「原副州长黄立新」");
		assertThat(CHECKER.check("黄立新同志指出")).extracting(Finding::matched).containsExactly("黄立新", "黄立新同志");
		// marked as former, or named without a title: only the sensitive-word warning
		assertThat(CHECKER.check("原示例自治州副州长黄立新被开除党籍。")).extracting(Finding::category)
			.containsExactly(Category.FALLEN_OFFICIAL);
		assertThat(CHECKER.check("黄立新严重违纪违法案")).extracting(Finding::category)
			.containsExactly(Category.FALLEN_OFFICIAL);
	}

	@Test
	void leavesRightFormsAndOrdinaryWordsAlone() {
		var texts = List.of(
				"中华人民共和国国务院办公厅印发通知，示例自治州人民政府认真贯彻落实。",
				"欧阳明华州长强调，要深入推进扫黑除恶常态化，高质量共建一带一路。",
				"这一带一直是全州重要的粮食产区，四个方面的工作要统筹推进，不忘初衷。",
				"新世代青年积极参与志愿服务，中国共产主义青年团示例自治州委员会组织开展活动。",
				"自治州成立七十周年，各族群众共庆佳节。");
		for (var text : texts) {
			assertThat(CHECKER.check(text)).as(text).isEmpty();
		}
	}
}

package org.govsite.proofreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Unmasked identity card, mobile and bank card numbers, with valid and invalid check digits. */
class ProofreadingPersonalDataTests {

	static final PersonalDataDetector DETECTOR = new PersonalDataDetector(() -> LocalDate.of(2026, 5, 1));

	static List<Finding> check(String text) {
		return DETECTOR.check(text);
	}

	@Test
	void findsAValidIdNumberWithItsMaskedForm() {
		var text = "申请人身份证号110101199003071233，住址略。";
		assertThat(check(text)).singleElement().satisfies(f -> {
			assertThat(f.start()).isEqualTo(7);
			assertThat(f.end()).isEqualTo(25);
			assertThat(f.matched()).isEqualTo("110101199003071233");
			assertThat(f.severity()).isEqualTo(Severity.SERIOUS);
			assertThat(f.category()).isEqualTo(Category.PRIVACY);
			assertThat(f.suggestion()).isEqualTo("110101********1233");
			assertThat(f.message()).isEqualTo("疑似未脱敏的居民身份证号码，请脱敏后再发布，例如「110101********1233」");
		});
		// Check character X, upper or lower case, and a leap day.
		assertThat(check("11010519491231002X")).extracting(Finding::suggestion).containsExactly("110105********002X");
		assertThat(check("号码11010519491231002x。")).extracting(Finding::matched).containsExactly("11010519491231002x");
		assertThat(check("440304200002295616")).hasSize(1);
	}

	@Test
	void ignoresIdNumbersWithAWrongCheckDigitOrAnImplausibleBirthDate() {
		assertThat(check("110101199003071234")).isEmpty(); // wrong check digit
		assertThat(check("11010519491231002Y")).isEmpty();
		assertThat(check("110101199002301236")).isEmpty(); // 30 February, check digit right
		assertThat(check("110101203001011236")).isEmpty(); // born in 2030
		assertThat(check("110101189912311231")).isEmpty(); // born before 1900
		assertThat(check("1101011990030712331")).isEmpty(); // inside a longer digit run
		assertThat(check("11010519491231002XY")).isEmpty(); // X followed by a letter: a code, not an ID
		assertThat(check("110101********1233，138****5678")).isEmpty(); // already masked
	}

	@Test
	void findsMobileNumbersOnlyAsAWholeDigitRun() {
		assertThat(check("联系电话：13812345678（王）")).singleElement().satisfies(f -> {
			assertThat(f.start()).isEqualTo(5);
			assertThat(f.end()).isEqualTo(16);
			assertThat(f.suggestion()).isEqualTo("138****5678");
			assertThat(f.message()).contains("手机号码");
		});
		assertThat(check("电话19912345678")).hasSize(1);
		assertThat(check("12812345678")).isEmpty(); // second digit 2
		assertThat(check("213812345678")).isEmpty(); // longer run
		assertThat(check("1381234567")).isEmpty(); // ten digits
		assertThat(check("编号A13812345678")).hasSize(1); // letters do not extend a digit run
	}

	@Test
	void findsBankCardNumbersPassingLuhn() {
		assertThat(check("账号6222021234567890128。")).singleElement().satisfies(f -> {
			assertThat(f.start()).isEqualTo(2);
			assertThat(f.matched()).isEqualTo("6222021234567890128");
			assertThat(f.suggestion()).isEqualTo("622202*********0128");
			assertThat(f.message()).contains("银行卡号");
		});
		assertThat(check("4111111111111111")).extracting(Finding::suggestion).containsExactly("411111******1111");
		assertThat(check("6222021234567890127")).isEmpty(); // Luhn fails
		assertThat(check("0111111111111111")).isEmpty(); // leading zero
		assertThat(check("41111111111111110")).isEmpty(); // 17 digits, Luhn fails
		assertThat(check("6222 0212 3456 7890 128")).isEmpty(); // grouped numbers are not recognised
	}

	@Test
	void fullWidthDigitsAndPositionsAfterSurrogatePairs() {
		var text = "😀电话１３８１２３４５６７８";
		assertThat(check(text)).singleElement().satisfies(f -> {
			assertThat(f.start()).isEqualTo(4);
			assertThat(f.end()).isEqualTo(15);
			assertThat(text.substring(f.start(), f.end())).isEqualTo("１３８１２３４５６７８");
			assertThat(f.suggestion()).isEqualTo("138****5678");
		});
	}

	@Test
	void checkerReportsDictionaryAndPersonalDataFindingsInTextOrder() {
		var checker = ProofreadingMatchingTests.checker(Term.of("攻府", EntryKind.CORRECTION, "政府"));
		assertThat(checker.check("电话13812345678，攻府")).extracting(Finding::category)
			.containsExactly(Category.PRIVACY, Category.TYPO);
	}
}

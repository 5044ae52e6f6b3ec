package org.govsite.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Personal data is masked before a reply is published. */
class InteractionMaskingTests {

	@Test
	void masksNamesKeepingTheFirstCharacterToAFixedLength() {
		assertThat(PersonalDataMask.name("张三")).isEqualTo("张**");
		assertThat(PersonalDataMask.name("欧阳娜娜")).isEqualTo("欧**");
		assertThat(PersonalDataMask.name("李")).isEqualTo("李**");
		assertThat(PersonalDataMask.name("  ")).isEqualTo("匿名");
		assertThat(PersonalDataMask.name("𠀋一")).isEqualTo("𠀋**");
		// the mask does not tell how long the name was
		assertThat(PersonalDataMask.name("市" + "民".repeat(20))).isEqualTo("市**");
	}

	@Test
	void masksEmailAddressesKeepingTheDomain() {
		assertThat(PersonalDataMask.email("ouyang@example.cn")).isEqualTo("o***@example.cn");
		assertThat(PersonalDataMask.email("nodomain")).isEqualTo("***");
	}

	@Test
	void masksMobileNumbers() {
		assertThat(PersonalDataMask.mobile("13812341234")).isEqualTo("138****1234");
	}

	@Test
	void masksMobileAndIdNumbersInsideText() {
		assertThat(PersonalDataMask.text("我的电话13812341234，身份证号11010519491231002X，旧证号110105491231002。"))
			.isEqualTo("我的电话138****1234，身份证号110105********002X，旧证号110105*****1002。");
		assertThat(PersonalDataMask.text("订单号 202604011234567890123 不变")).isEqualTo("订单号 202604011234567890123 不变");
	}
}

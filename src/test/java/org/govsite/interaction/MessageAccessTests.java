package org.govsite.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.govsite.support.Console;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen's name, mobile and e-mail are shown in clear to the message's responders only; the supervisor and the
 * site's 初审 get them masked through the API and the console alike, because the service masks them.
 */
@GovSiteTest
class MessageAccessTests {

	@LocalServerPort int port;

	@Test
	void personalDataIsMaskedForEveryReaderButTheRespondersThroughBothDoors() {
		var citizen = new PublicClient(port);
		var body = citizen.message("9901000001", "CONSULTATION", "咨询社保转移", "请问社保如何转移？", "欧阳娜娜", "13812345678");
		body.put("email", "ouyang@example.cn");
		var receipt = citizen.submit(body);
		assertThat(receipt.status()).as(receipt.raw()).isEqualTo(201);
		var id = receipt.body().get("id").asString();
		var api = citizen.api();

		var responder = api.get(api.token("responder", "GovSite@2026"), "/api/v1/messages/" + id).body();
		assertThat(responder.get("name").asString()).isEqualTo("欧阳娜娜");
		assertThat(responder.get("mobile").asString()).isEqualTo("13812345678");
		assertThat(responder.get("email").asString()).isEqualTo("ouyang@example.cn");
		assertThat(responder.get("personalData").asBoolean()).isTrue();

		for (var reader : new String[] { "supervisor", "reviewer1" }) {
			var token = api.token(reader, "GovSite@2026");
			var one = api.get(token, "/api/v1/messages/" + id).body();
			assertThat(one.get("name").asString()).as(reader).doesNotContain("娜娜").startsWith("欧");
			assertThat(one.get("mobile").asString()).as(reader).isEqualTo("138****5678");
			assertThat(one.get("email").asString()).as(reader).isEqualTo("o***@example.cn");
			assertThat(one.get("personalData").asBoolean()).isFalse();
			var listed = api.get(token, "/api/v1/messages").body().valueStream()
				.filter(m -> m.get("id").asString().equals(id)).findFirst().orElseThrow();
			assertThat(listed.get("mobile").asString()).as(reader).isEqualTo("138****5678");

			var console = new Console(port);
			console.signIn(reader, "GovSite@2026");
			var page = console.get("/interaction/messages/" + id).body();
			assertThat(page).as(reader).contains("138****5678").doesNotContain("13812345678", "ouyang@", "欧阳娜娜");
		}
	}
}

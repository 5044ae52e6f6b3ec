package org.govsite.interaction.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.govsite.interaction.Participation;
import org.govsite.interaction.ParticipationItems;
import org.govsite.shared.Refusal;
import org.springframework.stereotype.Component;

/**
 * The kinds of participation as the web sees them: the service of each path segment, and the few words that differ
 * on its pages (the thanks after a submission, the names of the JSON fields that existed before the kinds shared one
 * path).
 */
@Component
class ParticipationKinds {

	/** The path segments, as a path-variable pattern. */
	static final String PATHS = "solicitations|interviews";

	private final Map<Participation, ParticipationItems<?, ?, ?>> items = new EnumMap<>(Participation.class);

	ParticipationKinds(List<ParticipationItems<?, ?, ?>> all) {
		all.forEach(service -> items.put(service.kind(), service));
	}

	ParticipationItems<?, ?, ?> items(String path) {
		var kind = Participation.ofPath(path);
		if (kind == null || !items.containsKey(kind)) {
			throw Refusal.notFound("页面不存在");
		}
		return items.get(kind);
	}

	static String itemKey(Participation kind) {
		return kind == Participation.SOLICITATION ? "solicitation" : "interview";
	}

	static String inputsKey(Participation kind) {
		return kind == Participation.SOLICITATION ? "publishedOpinions" : "transcript";
	}

	static String inputsPath(Participation kind) {
		return kind == Participation.SOLICITATION ? "opinions" : "questions";
	}

	/** What a citizen reads once the opinion or question is in. */
	static String thanks(Participation kind) {
		return kind == Participation.SOLICITATION
				? "您的意见已提交，感谢您的参与。意见经工作人员整理后，征集结果将在本页公布。"
				: "您的提问已提交，经审核后将转交访谈嘉宾。";
	}
}

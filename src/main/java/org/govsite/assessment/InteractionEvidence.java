package org.govsite.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govsite.interaction.MessageFacts;
import org.govsite.site.SiteId;
import org.govsite.site.SiteStatus;
import org.govsite.site.Sites;
import org.springframework.stereotype.Component;

/**
 * The interaction platform as the source of message clocks and channels. Every running site with a site code has the
 * platform's unified message form (Art. 13), which is its consultation channel.
 */
@Component
class InteractionEvidence implements MessageEvidence, ChannelEvidence {

	private final MessageFacts messages;
	private final Sites sites;

	InteractionEvidence(MessageFacts messages, Sites sites) {
		this.messages = messages;
		this.sites = sites;
	}

	@Override
	public Map<SiteId, List<MessageFact>> messages(Collection<SiteId> siteIds, AssessmentPeriod period) {
		var result = new HashMap<SiteId, List<MessageFact>>();
		siteIds.forEach(site -> result.put(site, new ArrayList<>()));
		for (var m : messages.receivedBetween(siteIds, period.yearBeforeEnd(), period.to())) {
			var kind = switch (m.category()) {
				case CONSULTATION, SUGGESTION -> MessageKind.CONSULTATION;
				case ERROR_REPORT -> MessageKind.ERROR_REPORT;
				default -> MessageKind.OTHER;
			};
			// closedOn after the period's end is not known on that day
			var answered = m.closedOn() == null || m.closedOn().isAfter(period.to()) ? null : m.closedOn();
			var published = m.publishedOn() == null || m.publishedOn().isAfter(period.to()) ? null : m.publishedOn();
			result.get(m.siteId()).add(new MessageFact(m.id().toString(), kind,
					m.category().label() + "：" + m.title(), m.receivedOn(), m.deadline(), answered,
					answered != null && m.rejected(), published));
		}
		return result;
	}

	@Override
	public Map<SiteId, ChannelFact> channels(Collection<SiteId> siteIds, AssessmentPeriod period) {
		var solicitations = messages.solicitationsOpened(siteIds, period.yearBeforeEnd(), period.to());
		var result = new HashMap<SiteId, ChannelFact>();
		var known = new HashMap<SiteId, org.govsite.site.SiteView>();
		sites.all().forEach(site -> known.put(site.id(), site));
		for (var id : siteIds) {
			java.util.Optional.ofNullable(known.get(id)).ifPresent(site -> {
				boolean working = site.siteCode() != null && site.status() == SiteStatus.RUNNING;
				var entrance = site.siteCode() == null ? "网站没有网站标识码，统一互动交流平台无法受理其留言"
						: "统一互动交流平台留言入口 /public/messages/" + site.siteCode() + "/new";
				result.put(id, new ChannelFact(working, entrance, solicitations.getOrDefault(id, 0L)));
			});
		}
		return result;
	}
}

package org.govsite.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.iam.CurrentUser;
import org.govsite.shared.Actor;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.Reasons;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.SiteStatus;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment API: judge government sites on the national indicators for a period (on demand and nightly), keep
 * every run, and answer "where does this site stand" with the evidence of every item. Non-government sites are never
 * assessed (Art. 17). Evidence is read through the ports; a port nobody implements yet (the service catalogue)
 * answers "no source", and a site a port has nothing for (say, never probed) is not scored on its indicators, which
 * say so.
 */
@Service
public class Assessments {

	/** What to assess: a period and, optionally, some sites (all running government sites when empty). */
	public record AssessmentRequest(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable List<SiteId> siteIds) {
	}

	/** One stored run with the results the reader may see. */
	public record AssessmentReport(AssessmentId id, LocalDate from, LocalDate to, String trigger, String requestedBy,
			Instant createdAt, int siteCount, List<SiteAssessment> sites) {
	}

	static final String ON_DEMAND = "ON_DEMAND";
	static final String NIGHTLY = "NIGHTLY";
	static final String BULLETIN = "BULLETIN";

	private final Sites sites;
	private final AssessmentStore store;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final AssessmentRules rules;
	private final ColumnEvidence columns;
	private final HomePageEvidence homePages;
	private final MessageEvidence messages;
	private final ChannelEvidence channels;
	private final ObjectProvider<AvailabilityEvidence> availability;
	private final ObjectProvider<FindingEvidence> findings;
	private final ObjectProvider<ServiceGuideEvidence> services;

	Assessments(Sites sites, AssessmentStore store, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
			AssessmentProperties properties, ColumnEvidence columns, HomePageEvidence homePages,
			MessageEvidence messages, ChannelEvidence channels, ObjectProvider<AvailabilityEvidence> availability,
			ObjectProvider<FindingEvidence> findings, ObjectProvider<ServiceGuideEvidence> services) {
		this.sites = sites;
		this.store = store;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.rules = new AssessmentRules(RuleTable.from(properties));
		this.columns = columns;
		this.homePages = homePages;
		this.messages = messages;
		this.channels = channels;
		this.availability = availability;
		this.findings = findings;
		this.services = services;
	}

	/** Assesses the request's sites for its period and stores the run; refuses with every reason at once. */
	@Transactional
	public AssessmentId run(AssessmentRequest request) {
		AssessmentAccess.requireRunner();
		var reasons = new Reasons();
		var today = BeijingTime.today(clock);
		reasons.when(request.from() == null, "请填写评估期间的开始日期（from）");
		reasons.when(request.to() == null, "请填写评估期间的结束日期（to）");
		if (request.from() != null && request.to() != null) {
			reasons.when(request.from().isAfter(request.to()), "评估期间的开始日期不能晚于结束日期");
			reasons.when(request.to().isAfter(today), "评估期间的结束日期不能晚于今天（" + today + "）");
			reasons.when(ChronoUnit.DAYS.between(request.from(), request.to()) > 366, "评估期间不能超过一年");
		}
		var chosen = chooseSites(request.siteIds(), reasons);
		reasons.throwIfAny(Refusal.Kind.INVALID);
		if (chosen.isEmpty()) {
			throw Refusal.invalid("没有运行中的政府网站可以评估");
		}
		return store(new AssessmentPeriod(request.from(), request.to()), chosen, ON_DEMAND);
	}

	/** The nightly run: every running government site, the current month up to the day just ended. */
	@Transactional
	public AssessmentId runNightly() {
		var to = BeijingTime.today(clock).minusDays(1);
		var chosen = sites.all().stream().filter(Assessments::assessable).toList();
		return store(new AssessmentPeriod(to.withDayOfMonth(1), to), chosen, NIGHTLY);
	}

	/** A 通报's run: every running government site over the bulletin's period. */
	AssessmentId runForBulletin(AssessmentPeriod period) {
		var chosen = sites.all().stream().filter(Assessments::assessable).toList();
		if (chosen.isEmpty()) {
			throw Refusal.invalid("没有运行中的政府网站可以评估");
		}
		return store(period, chosen, BULLETIN);
	}

	/** A stored run with the results of the sites the reader may see. */
	@Transactional(readOnly = true)
	public AssessmentReport get(AssessmentId id) {
		var run = store.run(id.value()).orElseThrow(() -> Refusal.notFound("评估「" + id + "」不存在"));
		var user = CurrentUser.fromContext();
		var visible = visibleSites(user);
		var results = store.results(id.value()).stream().filter(r -> visible.containsKey(r.siteId())).toList();
		if (results.isEmpty() && !AssessmentAccess.readsEverything(user)) {
			throw Refusal.forbidden("此次评估不含当前账号可以查看的网站");
		}
		return new AssessmentReport(id, run.from(), run.to(), run.trigger(), run.requestedBy(), run.createdAt(),
				run.siteCount(), results);
	}

	/**
	 * Where a site stands: its latest stored result, or, for a site never assessed, a fresh judgement of the last 30
	 * days (not stored).
	 */
	@Transactional(readOnly = true)
	public SiteAssessment current(SiteId id) {
		var site = sites.find(id).orElseThrow(() -> Refusal.notFound("网站不存在"));
		AssessmentAccess.requireRead(site);
		if (!site.type().isGovernment()) {
			throw Refusal.invalid("「" + site.name() + "」是非政府网站，不参加政府网站评估");
		}
		return store.latest(id).orElseGet(() -> {
			var today = BeijingTime.today(clock);
			return assess(new AssessmentPeriod(today.minusDays(29), today), List.of(site)).get(0);
		});
	}

	/**
	 * A fresh judgement of one site over the 30 days ending today, not stored: the re-check a rectification's
	 * verification asks for.
	 */
	@Transactional(readOnly = true)
	public SiteAssessment recheck(SiteId id) {
		var site = sites.find(id).orElseThrow(() -> Refusal.notFound("网站不存在"));
		AssessmentAccess.requireRead(site);
		var today = BeijingTime.today(clock);
		return assess(new AssessmentPeriod(today.minusDays(29), today), List.of(site)).get(0);
	}

	/** The latest result of every site the reader may see, worst first (unqualified, then lowest score). */
	@Transactional(readOnly = true)
	public List<SiteAssessment> standings() {
		var visible = visibleSites(CurrentUser.fromContext());
		return store.latestOfEverySite().stream().filter(r -> visible.containsKey(r.siteId()))
			.sorted(WORST_FIRST).toList();
	}

	/** A site's results over time, newest first. */
	@Transactional(readOnly = true)
	public List<SiteAssessment> history(SiteId id) {
		var site = sites.find(id).orElseThrow(() -> Refusal.notFound("网站不存在"));
		AssessmentAccess.requireRead(site);
		return store.history(id, 60);
	}

	static final Comparator<SiteAssessment> WORST_FIRST = Comparator
		.comparing((SiteAssessment r) -> r.qualified())
		.thenComparing(r -> r.score() == null ? -1 : r.score())
		.thenComparing(SiteAssessment::siteName);

	// ------------------------------------------------------------------ the work

	private AssessmentId store(AssessmentPeriod period, List<SiteView> chosen, String trigger) {
		var results = assess(period, chosen);
		var id = UUID.randomUUID();
		var now = Instant.now(clock);
		store.saveRun(new AssessmentStore.Run(id, period.from(), period.to(), trigger, Actor.current(), now, chosen.size()));
		store.saveResults(id, now, results);
		int unqualified = (int) results.stream().filter(r -> !r.qualified()).count();
		audit.record(AuditRecord.of("ASSESSMENT_RUN", "assessment_run", id, "评估 " + chosen.size() + " 个政府网站（"
				+ period.from() + " 至 " + period.to() + "）：不合格 " + unqualified + " 个"));
		events.publishEvent(new AssessmentCompleted(new AssessmentId(id), period.from(), period.to(), chosen.size(),
				unqualified));
		return new AssessmentId(id);
	}

	/** Reads every port once for all the sites, then applies the rules site by site. */
	List<SiteAssessment> assess(AssessmentPeriod period, List<SiteView> chosen) {
		var ids = chosen.stream().map(SiteView::id).toList();
		var columnFacts = columns.columns(ids, period);
		var homeFacts = homePages.homePages(ids, period);
		var messageFacts = messages.messages(ids, period);
		var channelFacts = channels.channels(ids, period);
		var probeFacts = availability.getIfAvailable(() -> AvailabilityEvidence.NO_SOURCE).availability(ids, period);
		var findingFacts = findings.getIfAvailable(() -> FindingEvidence.NO_SOURCE).findings(ids, period);
		var serviceFacts = services.getIfAvailable(() -> ServiceGuideEvidence.NO_SOURCE).services(ids, period);
		var results = new ArrayList<SiteAssessment>(chosen.size());
		for (var site : chosen) {
			var id = site.id();
			results.add(rules.assess(new SiteFacts(id, site.name(), site.type(), period, columnFacts.get(id),
					homeFacts.get(id), probeFacts.get(id), findingFacts.get(id), messageFacts.get(id),
					channelFacts.get(id), serviceFacts.get(id))));
		}
		return results;
	}

	private List<SiteView> chooseSites(@Nullable Collection<SiteId> requested, Reasons reasons) {
		if (requested == null || requested.isEmpty()) {
			return sites.all().stream().filter(Assessments::assessable).toList();
		}
		var chosen = new ArrayList<SiteView>();
		for (var id : new LinkedHashSet<>(requested)) {
			if (id == null) {
				reasons.add("网站编号不能为空");
				continue;
			}
			var site = sites.find(id);
			if (site.isEmpty()) {
				reasons.add("网站「" + id + "」不存在");
			}
			else if (!site.get().type().isGovernment()) {
				reasons.add("「" + site.get().name() + "」是非政府网站，不参加政府网站评估");
			}
			else if (site.get().status() != SiteStatus.RUNNING) {
				reasons.add("「" + site.get().name() + "」当前状态为「" + site.get().statusLabel() + "」，只评估运行中的网站");
			}
			else {
				chosen.add(site.get());
			}
		}
		return chosen;
	}

	private static boolean assessable(SiteView site) {
		return site.type().isGovernment() && site.status() == SiteStatus.RUNNING;
	}

	private Map<SiteId, SiteView> visibleSites(java.util.Optional<CurrentUser> user) {
		var result = new HashMap<SiteId, SiteView>();
		for (var site : sites.all()) {
			if (AssessmentAccess.mayRead(user, site)) {
				result.put(site.id(), site);
			}
		}
		return result;
	}
}

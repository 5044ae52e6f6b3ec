package org.govsite.governance;

import static org.govsite.shared.Text.blankToNull;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.iam.UserAccounts;
import org.govsite.iam.UserId;
import org.govsite.shared.Actor;
import org.govsite.shared.BeijingTime;
import org.govsite.shared.FormCheck;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.govsite.site.SiteView;
import org.govsite.site.Sites;
import org.govsite.unit.UnitId;
import org.govsite.unit.UnitKind;
import org.govsite.unit.UnitView;
import org.govsite.unit.Units;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vendors (运维服务厂商, Art. 19): a vendor is a unit of kind {@link UnitKind#VENDOR}; here are its contracts (scope,
 * quality and security duties, term, the sites covered), qualifications, personnel (with their platform accounts, which
 * {@code iam.GrantRules} keeps away from news editing) and the Big Data Center's reviews, at least once a year.
 * Every write is checked, transactional and audited.
 */
@Service
public class Vendors {

	/** A vendor is reviewed at least once a year. */
	static final int REVIEW_INTERVAL_MONTHS = 12;

	public record ContractForm(
			@NotBlank(message = "请填写合同编号") @Size(max = 100, message = "合同编号不能超过 100 个字符") @Nullable String contractNo,
			@NotBlank(message = "请填写服务范围") @Size(max = 4000, message = "服务范围不能超过 4000 个字符") @Nullable String scope,
			@NotBlank(message = "请填写服务质量责任") @Size(max = 4000, message = "服务质量责任不能超过 4000 个字符") @Nullable String qualityDuties,
			@NotBlank(message = "请填写信息安全责任") @Size(max = 4000, message = "信息安全责任不能超过 4000 个字符") @Nullable String securityDuties,
			@NotNull(message = "请填写合同起始日期") @Nullable LocalDate validFrom,
			@NotNull(message = "请填写合同终止日期") @Nullable LocalDate validTo,
			@Nullable List<SiteId> siteIds) {
	}

	public record QualificationForm(
			@NotBlank(message = "请填写资质名称") @Size(max = 200, message = "资质名称不能超过 200 个字符") @Nullable String name,
			@NotBlank(message = "请填写资质证书编号") @Size(max = 100, message = "资质证书编号不能超过 100 个字符") @Nullable String number,
			@Nullable LocalDate expiresOn) {
	}

	public record PersonForm(
			@NotBlank(message = "请填写人员姓名") @Size(max = 50, message = "姓名不能超过 50 个字符") @Nullable String name,
			@NotBlank(message = "请填写人员岗位") @Size(max = 100, message = "岗位不能超过 100 个字符") @Nullable String role,
			@Pattern(regexp = "^$|^[0-9+\\-() ]{5,40}$", message = "联系电话格式不正确") @Nullable String phone,
			@Nullable UserId userId) {
	}

	public record ReviewForm(
			@NotNull(message = "请填写评审日期") @Nullable LocalDate reviewedOn,
			@NotNull(message = "请选择评审结论") @Nullable ReviewResult result,
			@Size(max = 4000, message = "评审意见不能超过 4000 个字符") @Nullable String notes,
			@NotBlank(message = "请填写评审人") @Size(max = 50, message = "评审人不能超过 50 个字符") @Nullable String reviewer) {
	}

	public record SiteRef(SiteId id, String name) {
	}

	public record ContractView(ContractId id, UnitId vendorId, String contractNo, String scope, String qualityDuties,
			String securityDuties, LocalDate validFrom, LocalDate validTo, List<SiteRef> sites, Expiry expiry) {
	}

	public record QualificationView(UUID id, String name, String number, @Nullable LocalDate expiresOn, Expiry expiry) {
	}

	public record PersonView(UUID id, String name, String role, @Nullable String phone, @Nullable UserId userId,
			@Nullable String username) {
	}

	public record ReviewView(UUID id, LocalDate reviewedOn, ReviewResult result, String resultLabel,
			@Nullable String notes, String reviewer, String recordedBy) {
	}

	/** One vendor with everything recorded about it; {@code reviewDue} when no review in the last year. */
	public record VendorView(UnitId id, String name, @Nullable String contactPerson, @Nullable String contactPhone,
			List<ContractView> contracts, List<QualificationView> qualifications, List<PersonView> personnel,
			List<ReviewView> reviews, boolean reviewDue, long expiring, long expired) {
	}

	/** A line of the vendor list. */
	public record VendorSummary(UnitId id, String name, int contracts, long expiring, long expired,
			@Nullable ReviewView lastReview, boolean reviewDue) {
	}

	private final JdbcClient jdbc;
	private final Units units;
	private final Sites sites;
	private final UserAccounts accounts;
	private final AuditTrail audit;
	private final FormCheck formCheck;
	private final GovernanceAccess access;
	private final Clock clock;

	Vendors(JdbcClient jdbc, Units units, Sites sites, UserAccounts accounts, AuditTrail audit, FormCheck formCheck,
			GovernanceAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.sites = sites;
		this.accounts = accounts;
		this.audit = audit;
		this.formCheck = formCheck;
		this.access = access;
		this.clock = clock;
	}

	/** The vendors the caller may see: all for the platform's readers and the Big Data Center, else its own. */
	@Transactional(readOnly = true)
	public List<VendorSummary> list() {
		var user = access.user();
		var all = access.readsAllVendors(user);
		var vendors = units.all().stream()
			.filter(u -> u.kind() == UnitKind.VENDOR && (all || u.id().value().equals(user.unitId())))
			.toList();
		if (vendors.isEmpty() && !all) {
			throw Refusal.forbidden(GovernanceAccess.NOT_VENDOR_READER);
		}
		return vendors.stream().map(u -> {
			var view = read(u);
			return new VendorSummary(u.id(), u.name(), view.contracts().size(), view.expiring(), view.expired(),
					view.reviews().isEmpty() ? null : view.reviews().get(0), view.reviewDue());
		}).toList();
	}

	@Transactional(readOnly = true)
	public VendorView get(UnitId vendor) {
		access.requireVendorReader(access.user(), vendor);
		return read(vendorUnit(vendor));
	}

	/** Whether the signed-in account may change vendor records (for templates: the service decides). */
	public boolean canWrite() {
		return org.govsite.iam.CurrentUser.fromContext().map(access::vendorWriter).orElse(false);
	}

	@Transactional
	public ContractView addContract(UnitId vendor, ContractForm form) {
		access.requireVendorWriter(access.user());
		var unit = vendorUnit(vendor);
		formCheck.require(form);
		var reasons = new ArrayList<String>();
		if (form.validTo().isBefore(form.validFrom())) {
			reasons.add("合同终止日期不能早于起始日期");
		}
		var siteIds = form.siteIds() == null ? List.<SiteId>of() : form.siteIds().stream().distinct().toList();
		if (siteIds.isEmpty()) {
			reasons.add("请选择合同覆盖的网站");
		}
		siteIds.stream().filter(id -> sites.find(id).isEmpty()).findAny().ifPresent(id -> reasons.add("网站不存在"));
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		boolean duplicate = jdbc.sql("SELECT EXISTS (SELECT 1 FROM vendor_contract WHERE vendor_id = ? AND contract_no = ?)")
			.params(vendor.value(), form.contractNo().trim()).query(Boolean.class).single();
		if (duplicate) {
			throw Refusal.conflict("合同编号「" + form.contractNo().trim() + "」已登记");
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO vendor_contract (id, vendor_id, contract_no, scope, quality_duties, security_duties, valid_from,
				  valid_to, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, vendor.value(), form.contractNo().trim(), form.scope().trim(), form.qualityDuties().trim(),
					form.securityDuties().trim(), form.validFrom(), form.validTo(), Actor.current(), now())
			.update();
		siteIds.forEach(site -> jdbc.sql("INSERT INTO vendor_contract_site (contract_id, site_id) VALUES (?, ?)")
			.params(id, site.value()).update());
		var view = contracts(vendor, siteNames()).stream().filter(c -> c.id().value().equals(id)).findFirst().orElseThrow();
		audit.record(AuditRecord.of("VENDOR_CONTRACT_ADDED", "vendor_contract", id,
				"登记服务厂商「" + unit.name() + "」合同 " + view.contractNo() + "（" + view.validFrom() + " 至 "
						+ view.validTo() + "）").withChange(null, view));
		return view;
	}

	@Transactional
	public QualificationView addQualification(UnitId vendor, QualificationForm form) {
		access.requireVendorWriter(access.user());
		var unit = vendorUnit(vendor);
		formCheck.require(form);
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO vendor_qualification (id, vendor_id, name, number, expires_on, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, vendor.value(), form.name().trim(), form.number().trim(), form.expiresOn(), Actor.current(), now())
			.update();
		var view = qualifications(vendor).stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
		audit.record(AuditRecord.of("VENDOR_QUALIFICATION_ADDED", "vendor_qualification", id,
				"登记服务厂商「" + unit.name() + "」资质「" + view.name() + "」" + view.number()).withChange(null, view));
		return view;
	}

	@Transactional
	public PersonView addPerson(UnitId vendor, PersonForm form) {
		access.requireVendorWriter(access.user());
		var unit = vendorUnit(vendor);
		formCheck.require(form);
		if (form.userId() != null) {
			var account = accounts.find(form.userId());
			if (account.isEmpty() || !account.get().unitId().equals(vendor)) {
				throw Refusal.invalid("关联账号须为「" + unit.name() + "」的平台账号");
			}
			boolean linked = jdbc.sql("SELECT EXISTS (SELECT 1 FROM vendor_person WHERE user_id = ?)")
				.param(form.userId().value()).query(Boolean.class).single();
			if (linked) {
				throw Refusal.conflict("账号「" + account.get().username() + "」已关联到其他人员");
			}
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO vendor_person (id, vendor_id, name, role, phone, user_id, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, vendor.value(), form.name().trim(), form.role().trim(), blankToNull(form.phone()),
					form.userId() == null ? null : form.userId().value(), Actor.current(), now())
			.update();
		var view = personnel(vendor).stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
		audit.record(AuditRecord.of("VENDOR_PERSON_ADDED", "vendor_person", id,
				"登记服务厂商「" + unit.name() + "」人员 " + view.name() + "（" + view.role() + "）").withChange(null, view));
		return view;
	}

	@Transactional
	public ReviewView addReview(UnitId vendor, ReviewForm form) {
		access.requireVendorWriter(access.user());
		var unit = vendorUnit(vendor);
		formCheck.require(form);
		var reasons = new ArrayList<String>();
		if (form.reviewedOn().isAfter(today())) {
			reasons.add("评审日期不能晚于今天");
		}
		if (form.result() != ReviewResult.PASSED && blankToNull(form.notes()) == null) {
			reasons.add("评审结论为「" + form.result().label() + "」时须填写评审意见");
		}
		Refusal.throwIfAny(Refusal.Kind.INVALID, reasons);
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO vendor_review (id, vendor_id, reviewed_on, result, notes, reviewer, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, vendor.value(), form.reviewedOn(), form.result().name(), blankToNull(form.notes()),
					form.reviewer().trim(), Actor.current(), now())
			.update();
		var view = reviews(vendor).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
		audit.record(AuditRecord.of("VENDOR_REVIEWED", "unit", vendor.value(),
				"大数据中心评审服务厂商「" + unit.name() + "」：" + view.resultLabel()).withChange(null, view));
		return view;
	}

	private VendorView read(UnitView unit) {
		var contracts = contracts(unit.id(), siteNames());
		var qualifications = qualifications(unit.id());
		var reviews = reviews(unit.id());
		long expiring = contracts.stream().filter(c -> c.expiry() == Expiry.EXPIRING).count()
				+ qualifications.stream().filter(q -> q.expiry() == Expiry.EXPIRING).count();
		long expired = contracts.stream().filter(c -> c.expiry() == Expiry.EXPIRED).count()
				+ qualifications.stream().filter(q -> q.expiry() == Expiry.EXPIRED).count();
		return new VendorView(unit.id(), unit.name(), unit.contactPerson(), unit.contactPhone(), contracts,
				qualifications, personnel(unit.id()), reviews, reviewDue(reviews, today()), expiring, expired);
	}

	static boolean reviewDue(List<ReviewView> newestFirst, LocalDate today) {
		return newestFirst.isEmpty()
				|| newestFirst.get(0).reviewedOn().isBefore(today.minusMonths(REVIEW_INTERVAL_MONTHS));
	}

	private List<ContractView> contracts(UnitId vendor, Map<SiteId, String> siteNames) {
		var today = today();
		record Row(UUID id, String contractNo, String scope, String quality, String security, LocalDate from, LocalDate to) {
		}
		var rows = jdbc.sql("""
				SELECT id, contract_no, scope, quality_duties, security_duties, valid_from, valid_to FROM vendor_contract
				WHERE vendor_id = ? ORDER BY valid_to DESC, contract_no""")
			.param(vendor.value())
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)))
			.list();
		var covered = jdbc.sql("""
				SELECT s.contract_id, s.site_id FROM vendor_contract_site s JOIN vendor_contract c ON c.id = s.contract_id
				WHERE c.vendor_id = ?""")
			.param(vendor.value())
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new SiteId(rs.getObject(2, UUID.class))))
			.list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return rows.stream().map(r -> new ContractView(new ContractId(r.id()), vendor, r.contractNo(), r.scope(),
				r.quality(), r.security(), r.from(), r.to(),
				covered.getOrDefault(r.id(), List.of()).stream()
					.map(site -> new SiteRef(site, siteNames.getOrDefault(site, "（已删除的网站）")))
					.sorted(Comparator.comparing(SiteRef::name)).toList(),
				Expiry.of(r.to(), today))).toList();
	}

	private List<QualificationView> qualifications(UnitId vendor) {
		var today = today();
		return jdbc.sql("SELECT id, name, number, expires_on FROM vendor_qualification WHERE vendor_id = ? ORDER BY name")
			.param(vendor.value())
			.query((rs, n) -> {
				var expires = rs.getObject(4, LocalDate.class);
				return new QualificationView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), expires,
						Expiry.of(expires, today));
			})
			.list();
	}

	private List<PersonView> personnel(UnitId vendor) {
		return jdbc.sql("SELECT id, name, role, phone, user_id FROM vendor_person WHERE vendor_id = ? ORDER BY name")
			.param(vendor.value())
			.query((rs, n) -> {
				var user = rs.getObject(5, UUID.class);
				var userId = user == null ? null : new UserId(user);
				var username = userId == null ? null
						: accounts.find(userId).map(account -> account.username()).orElse(null);
				return new PersonView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
						userId, username);
			})
			.list();
	}

	private List<ReviewView> reviews(UnitId vendor) {
		return jdbc.sql("""
				SELECT id, reviewed_on, result, notes, reviewer, recorded_by FROM vendor_review WHERE vendor_id = ?
				ORDER BY reviewed_on DESC, recorded_at DESC""")
			.param(vendor.value())
			.query((rs, n) -> {
				var result = ReviewResult.valueOf(rs.getString(3));
				return new ReviewView(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), result,
						result.label(), rs.getString(4), rs.getString(5), rs.getString(6));
			})
			.list();
	}

	private UnitView vendorUnit(UnitId vendor) {
		return units.find(vendor).filter(u -> u.kind() == UnitKind.VENDOR)
			.orElseThrow(() -> Refusal.notFound("服务厂商不存在"));
	}

	private Map<SiteId, String> siteNames() {
		return sites.all().stream().collect(Collectors.toMap(SiteView::id, SiteView::name, (a, b) -> a));
	}

	private LocalDate today() {
		return BeijingTime.today(clock);
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}
}

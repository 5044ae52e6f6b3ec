package org.govsite.governance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.UUID;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.shared.Actor;
import org.govsite.shared.BeijingTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily governance watch (db-scheduler, one node of the cluster), each reminder raised once (table
 * {@code governance_reminder}) and audited as {@code GOVERNANCE_REMINDED}:
 * <ul>
 * <li>a vendor contract or qualification whose last day is within {@value Expiry#WARNING_DAYS} days;</li>
 * <li>a vendor with a contract in force and no review by the Big Data Center in the last year (Art. 19);</li>
 * <li>from 1 November, a unit sponsoring a running site without this year's website-work meeting (Art. 20).</li>
 * </ul>
 */
@Component
class GovernanceWatch {

	static final String CONTRACT_EXPIRING = "CONTRACT_EXPIRING";
	static final String QUALIFICATION_EXPIRING = "QUALIFICATION_EXPIRING";
	static final String REVIEW_DUE = "REVIEW_DUE";
	static final String MEETING_MISSING = "MEETING_MISSING";
	private static final long WATCH_LOCK = 0x676f7665726e616eL;

	record Result(int contracts, int qualifications, int reviews, int meetings) {
	}

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final UnitGovernance governance;
	private final Clock clock;

	GovernanceWatch(JdbcClient jdbc, AuditTrail audit, UnitGovernance governance, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.governance = governance;
		this.clock = clock;
	}

	@Transactional
	public Result run() {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(WATCH_LOCK).query().singleRow();
		var today = BeijingTime.today(clock);
		var horizon = today.plusDays(Expiry.WARNING_DAYS);
		int contracts = 0;
		for (var c : jdbc.sql("""
				SELECT c.id, c.vendor_id, c.contract_no, c.valid_to, u.name FROM vendor_contract c JOIN unit u ON u.id = c.vendor_id
				WHERE c.valid_to BETWEEN ? AND ?""").params(today, horizon)
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getString(5)))
			.list()) {
			contracts += raise(CONTRACT_EXPIRING, c.id(), c.day().toString(), c.unit(),
					"服务厂商「" + c.unitName() + "」合同 " + c.label() + " 将于 " + c.day() + " 到期，请及时续签或更换服务厂商");
		}
		int qualifications = 0;
		for (var q : jdbc.sql("""
				SELECT q.id, q.vendor_id, q.name || '（' || q.number || '）', q.expires_on, u.name FROM vendor_qualification q
				JOIN unit u ON u.id = q.vendor_id WHERE q.expires_on BETWEEN ? AND ?""").params(today, horizon)
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getString(5)))
			.list()) {
			qualifications += raise(QUALIFICATION_EXPIRING, q.id(), q.day().toString(), q.unit(),
					"服务厂商「" + q.unitName() + "」资质 " + q.label() + " 将于 " + q.day() + " 到期，请督促更新");
		}
		int reviews = 0;
		for (var v : jdbc.sql("""
				SELECT DISTINCT u.id, u.name FROM unit u JOIN vendor_contract c ON c.vendor_id = u.id
				WHERE ? BETWEEN c.valid_from AND c.valid_to
				  AND NOT EXISTS (SELECT 1 FROM vendor_review r WHERE r.vendor_id = u.id AND r.reviewed_on >= ?)""")
			.params(today, today.minusMonths(Vendors.REVIEW_INTERVAL_MONTHS))
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(1, UUID.class), "", today, rs.getString(2)))
			.list()) {
			reviews += raise(REVIEW_DUE, v.id(), String.valueOf(today.getYear()), v.unit(),
					"服务厂商「" + v.unitName() + "」近一年未经大数据中心评审，请组织年度评审（办法第十九条）");
		}
		int meetings = 0;
		if (today.getMonthValue() >= Month.NOVEMBER.getValue()) {
			for (var unit : governance.heldUnits()) {
				var last = governance.lastMeeting(unit.id());
				if (last == null || last.getYear() < today.getYear()) {
					meetings += raise(MEETING_MISSING, unit.id().value(), String.valueOf(today.getYear()),
							unit.id().value(), "「" + unit.name() + "」" + today.getYear()
									+ "年尚未登记网站工作专题会议纪要，请于年底前召开（办法第二十条）");
				}
			}
		}
		return new Result(contracts, qualifications, reviews, meetings);
	}

	private record Row(UUID id, UUID unit, String label, LocalDate day, String unitName) {
	}

	private int raise(String kind, UUID subject, String dueKey, UUID unit, String summary) {
		int raised = jdbc.sql("""
				INSERT INTO governance_reminder (kind, subject_id, due_key, unit_id, summary, raised_at)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(kind, subject, dueKey, unit, summary, Timestamp.from(clock.instant()))
			.update();
		if (raised > 0) {
			audit.recordAs(Actor.SYSTEM, AuditRecord.of("GOVERNANCE_REMINDED", kind.toLowerCase(), subject, summary));
		}
		return raised;
	}

}

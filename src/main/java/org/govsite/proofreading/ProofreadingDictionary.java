package org.govsite.proofreading;

import java.time.Clock;
import java.util.List;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.shared.Actor;
import org.govsite.shared.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proofreading dictionaries (纠错词, 禁用词, 敏感词, 允许词) that the {@link ContentChecker} matches, kept in the
 * database and maintained by the system or security administrator.
 * <p>
 * Contracts:
 * <ul>
 * <li>Reading and changing the dictionaries needs the role 系统管理员 or 安全管理员 (the word lists themselves are not
 * for every account); editors see only the findings of a check.</li>
 * <li>{@link #add} refuses, with a {@link Refusal} of kind INVALID and every reason in Chinese, a blank or overlong
 * word, a missing kind, a correction without suggestion, a suggestion equal to the word, an allowed entry with
 * suggestion/category/severity, and the category 隐私信息; a word already in any dictionary (ignoring ASCII case and
 * full-width forms) is refused with kind CONFLICT.</li>
 * <li>{@link #remove} of an unknown id is refused with kind NOT_FOUND.</li>
 * <li>Every change is audited ({@value #AUDIT_ADDED}, {@value #AUDIT_REMOVED}) and raises the dictionary version in
 * the same transaction; every node's checker sees the change from the next check after commit.</li>
 * </ul>
 */
@Service
public class ProofreadingDictionary {

	/** The audit action recorded when an entry is added. */
	public static final String AUDIT_ADDED = "PROOFREADING_ENTRY_ADDED";
	/** The audit action recorded when an entry is removed. */
	public static final String AUDIT_REMOVED = "PROOFREADING_ENTRY_REMOVED";

	private final EntryStore store;
	private final AuditTrail audit;
	private final Clock clock;

	ProofreadingDictionary(EntryStore store, AuditTrail audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every entry, by kind, then word. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
	public List<DictionaryEntry> entries() {
		return store.all();
	}

	@Transactional
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
	public DictionaryEntry add(EntryForm form) {
		var term = EntryRules.require(form);
		store.raiseVersion();
		store.findByKey(MatchKey.of(term.word())).ifPresent(existing -> {
			throw Refusal.conflict("词语「" + existing.word() + "」已在" + existing.kind().label() + "词库中，不能重复添加");
		});
		var actor = Actor.current();
		var entry = store.insert(term, actor, clock.instant());
		audit.recordAs(actor, AuditRecord.of(AUDIT_ADDED, "proofreading_entry", entry.id(), "新增" + describe(entry))
			.withChange(null, entry));
		return entry;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
	public void remove(long id) {
		store.raiseVersion();
		var entry = store.find(id).orElseThrow(() -> Refusal.notFound("校对词条 " + id + " 不存在或已被删除"));
		store.delete(id);
		audit.record(AuditRecord.of(AUDIT_REMOVED, "proofreading_entry", id, "删除" + describe(entry))
			.withChange(entry, null));
	}

	private static String describe(DictionaryEntry entry) {
		return entry.kind().label() + "「" + entry.word() + "」"
				+ (entry.suggestion() == null ? "" : "（建议改为「" + entry.suggestion() + "」）");
	}
}

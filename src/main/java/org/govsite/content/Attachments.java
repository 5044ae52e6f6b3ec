package org.govsite.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditTrail;
import org.govsite.database.DataDirectory;
import org.govsite.iam.Role;
import org.govsite.shared.Refusal;
import org.govsite.site.SiteId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Article attachments (Art. 8): the type is sniffed from the content, the size is limited, the file is stored outside
 * any web root ({@code <data-dir>/attachments}) under a random name, and the uploaded name is kept for download with
 * the extension of the sniffed type.
 */
@Service
public class Attachments {

	private final JdbcClient jdbc;
	private final Articles articles;
	private final AuditTrail audit;
	private final Clock clock;
	private final Path root;
	private final long maxBytes;

	Attachments(JdbcClient jdbc, Articles articles, AuditTrail audit, Clock clock, DataDirectory dataDirectory,
			@Value("${govsite.content.attachment-max-bytes:52428800}") long maxBytes,
			@Value("${govsite.content.attachments-dir:}") String attachmentsDir) {
		this.jdbc = jdbc;
		this.articles = articles;
		this.audit = audit;
		this.clock = clock;
		// several nodes share one directory (govsite.content.attachments-dir, e.g. an NFS mount); one node keeps its own
		this.root = attachmentsDir.isBlank() ? dataDirectory.resolve("attachments") : java.nio.file.Path.of(attachmentsDir);
		this.maxBytes = maxBytes;
	}

	/** A file to download: its original name, sniffed media type, and where the bytes are. */
	public record Download(AttachmentView attachment, Path file) {
	}

	@Transactional
	public AttachmentView attach(ArticleId articleId, String originalName, InputStream content) {
		var article = articles.load(articleId);
		var user = requireChange(article, "上传附件");
		var name = cleanName(originalName);
		var storedName = UUID.randomUUID().toString().replace("-", "");
		try {
			Files.createDirectories(root);
			var temporary = Files.createTempFile(root, "upload-", ".part");
			try {
				long size;
				var digest = MessageDigest.getInstance("SHA-256");
				try (var in = new java.security.DigestInputStream(content, digest)) {
					size = copyLimited(in, temporary);
				}
				if (size == 0) {
					throw Refusal.invalid("附件「" + name + "」是空文件");
				}
				var uploadedName = name;
				var kind = FileKind.sniff(temporary).orElseThrow(() -> Refusal.invalid(
						"附件「" + uploadedName + "」的类型不受支持：只接受 PDF、Word、Excel、PowerPoint、OFD、ZIP 文档和 PNG、JPEG、GIF 图片"));
				// the name carries the sniffed type's extension, never a misleading one the client chose
				name = kind.nameFor(uploadedName);
				var target = root.resolve(storedName);
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
				deleteOnRollback(target);
				var id = UUID.randomUUID();
				var now = Instant.now(clock);
				var sha = HexFormat.of().formatHex(digest.digest());
				jdbc.sql("""
						INSERT INTO article_attachment (id, article_id, original_name, stored_name, media_type, size_bytes,
						                                sha256, uploaded_by, uploaded_at, position)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,
						        (SELECT COALESCE(max(position), 0) + 1 FROM article_attachment WHERE article_id = ?))
						""")
					.params(id, article.id, name, storedName, kind.mediaType(), size, sha, user.username(), Timestamp.from(now),
							article.id)
					.update();
				var view = new AttachmentView(id, articleId, name, kind.mediaType(), size, sha, user.username(), now);
				audit.record(AuditRecord.of("ATTACHMENT_ADDED", "article", article.id,
						"上传附件「" + name + "」（" + kind.mediaType() + "，" + size + " 字节"
								+ (name.equals(uploadedName) ? "" : "，上传时名为「" + uploadedName + "」") + "）"));
				return view;
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot store attachment: " + e.getMessage(), e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Who may change an article's attachments, and when: the site's editors (and duty officers, who correct published
	 * errors at night) while the article is not in its published state — a published article's files change only
	 * after 修改 (back to a draft that goes through 三审 again).
	 */
	private org.govsite.iam.CurrentUser requireChange(Article article, String what) {
		var user = Articles.currentUser();
		if (!articles.mayWriteIn(user, new SiteId(article.siteId), article.homeColumnId)) {
			throw Refusal.forbidden("只有本栏目的编辑或本网站的值班员才能" + what);
		}
		if (article.state == ArticleState.PUBLISHED) {
			throw Refusal.conflict("文章已发布，不能直接" + what + "：请先「修改」文章（回到草稿，重新送审）");
		}
		return user;
	}

	/** Removes an attachment (the file goes once the removal commits); audited. */
	@Transactional
	public void remove(UUID id) {
		var download = download(id);
		var article = articles.load(download.attachment().articleId());
		requireChange(article, "删除附件");
		jdbc.sql("DELETE FROM article_attachment WHERE id = ?").param(id).update();
		renumber(article.id);
		deleteOnCommit(download.file());
		audit.record(AuditRecord.of("ATTACHMENT_REMOVED", "article", article.id,
				"删除附件「" + download.attachment().originalName() + "」"));
	}

	/**
	 * Puts an article's attachments in this order: every attachment of the article exactly once. Refused otherwise,
	 * with nothing changed.
	 */
	@Transactional
	public List<AttachmentView> order(ArticleId articleId, List<UUID> ids) {
		var article = articles.load(articleId);
		requireChange(article, "调整附件顺序");
		var current = of(articleId).stream().map(AttachmentView::id).toList();
		if (ids.size() != current.size() || !new java.util.HashSet<>(ids).equals(new java.util.HashSet<>(current))) {
			throw Refusal.invalid("附件顺序须列出本文的每个附件各一次");
		}
		for (int i = 0; i < ids.size(); i++) {
			jdbc.sql("UPDATE article_attachment SET position = ? WHERE id = ?").params(i + 1, ids.get(i)).update();
		}
		audit.record(AuditRecord.of("ATTACHMENT_ORDERED", "article", article.id, "调整附件顺序"));
		return of(articleId);
	}

	/** Moves one attachment up ({@code -1}) or down ({@code +1}) by one place. */
	@Transactional
	public List<AttachmentView> move(UUID id, int by) {
		var attachment = download(id).attachment();
		var ids = new java.util.ArrayList<>(of(attachment.articleId()).stream().map(AttachmentView::id).toList());
		int at = ids.indexOf(id);
		int to = Math.max(0, Math.min(ids.size() - 1, at + Integer.signum(by)));
		if (to != at) {
			java.util.Collections.swap(ids, at, to);
		}
		return order(attachment.articleId(), ids);
	}

	private void renumber(UUID article) {
		jdbc.sql("""
				UPDATE article_attachment a SET position = s.rn
				FROM (SELECT id, row_number() OVER (ORDER BY position, uploaded_at, id) AS rn FROM article_attachment
				      WHERE article_id = ?) s
				WHERE a.id = s.id
				""").param(article).update();
	}

	/** A file whose record is removed goes when the removal commits (and stays if it rolls back). */
	private static void deleteOnCommit(java.nio.file.Path file) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					try {
						Files.deleteIfExists(file);
					}
					catch (IOException ignored) {
						// an orphaned file holds no reference and is harmless
					}
				}
			});
		}
	}

	/**
	 * The attachments of an article for the signed-in reader: those of a live article for everyone, those of an
	 * article that is not live only for {@link ContentReaders#mayReadUnpublished} (403 otherwise).
	 */
	@Transactional(readOnly = true)
	public List<AttachmentView> readable(ArticleId articleId) {
		requireReadable(articles.load(articleId));
		return of(articleId);
	}

	/** A download for the signed-in reader, under the same rule as {@link #readable}. */
	@Transactional(readOnly = true)
	public Download fetch(UUID id) {
		var download = download(id);
		requireReadable(articles.load(download.attachment().articleId()));
		return download;
	}

	private void requireReadable(Article article) {
		if (!article.isLive()) {
			articles.requireUnpublished(article);
		}
		else {
			ContentReaders.reader();
		}
	}

	/** Every attachment of the article, unchecked: for platform work and for callers that checked who is asking. */
	@Transactional(readOnly = true)
	public List<AttachmentView> of(ArticleId articleId) {
		return jdbc.sql("SELECT * FROM article_attachment WHERE article_id = ? ORDER BY position, uploaded_at")
			.param(articleId.value()).query(Attachments::map).list();
	}

	/** Every attachment of each of the articles (by article id), unchecked, in one read: for publishing many at once. */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, List<AttachmentView>> ofAll(java.util.Collection<UUID> articleIds) {
		var result = new java.util.HashMap<UUID, List<AttachmentView>>();
		if (articleIds.isEmpty()) {
			return result;
		}
		jdbc.sql("SELECT * FROM article_attachment WHERE article_id IN (:ids) ORDER BY position, uploaded_at")
			.param("ids", articleIds)
			.query(Attachments::map)
			.list()
			.forEach(a -> result.computeIfAbsent(a.articleId().value(), k -> new java.util.ArrayList<>()).add(a));
		return result;
	}

	/** The stored file, unchecked: for platform work and for callers that checked who is asking. */
	@Transactional(readOnly = true)
	public Download download(UUID id) {
		var stored = jdbc.sql("SELECT stored_name FROM article_attachment WHERE id = ?").param(id).query(String.class)
			.optional().orElseThrow(() -> Refusal.notFound("附件不存在"));
		var attachment = jdbc.sql("SELECT * FROM article_attachment WHERE id = ?").param(id).query(Attachments::map).single();
		return new Download(attachment, root.resolve(stored));
	}

	private long copyLimited(InputStream in, Path target) throws IOException {
		long total = 0;
		var buffer = new byte[64 * 1024];
		try (var out = Files.newOutputStream(target)) {
			int read;
			while ((read = in.read(buffer)) != -1) {
				total += read;
				if (total > maxBytes) {
					throw Refusal.invalid("附件超过大小上限 " + (maxBytes / 1024 / 1024) + " MB");
				}
				out.write(buffer, 0, read);
			}
		}
		return total;
	}

	/** A file moved into place is removed again if the transaction that records it rolls back. */
	private static void deleteOnRollback(Path file) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						try {
							Files.deleteIfExists(file);
						}
						catch (IOException ignored) {
							// an orphaned file holds no reference and is harmless
						}
					}
				}
			});
		}
	}

	static String cleanName(String name) {
		var base = name == null ? "" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").trim();
		if (base.isEmpty() || base.equals(".") || base.equals("..")) {
			throw Refusal.invalid("请提供附件文件名");
		}
		return base.length() > 200 ? base.substring(base.length() - 200) : base;
	}

	private static AttachmentView map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AttachmentView(rs.getObject("id", UUID.class), new ArticleId(rs.getObject("article_id", UUID.class)),
				rs.getString("original_name"), rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
	}
}

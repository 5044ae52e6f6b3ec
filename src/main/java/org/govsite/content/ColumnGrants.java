package org.govsite.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.govsite.iam.ColumnScopes;
import org.govsite.iam.CurrentUser;
import org.govsite.iam.Role;
import org.govsite.site.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who works where inside a site (Art. 6): an editor's or reviewer's grant may be limited to a column subtree — the
 * township's channel on the county portal, a department's columns. The policy every article-level check asks: a grant
 * reaches an article when its column is the article's home column or one of that column's ancestors. Whole-site and
 * platform grants reach everything without a look at the tree, so the tree is read only for column-scoped accounts.
 * Also answers iam's {@link ColumnScopes} (which column a grant may name).
 */
@Component
class ColumnGrants implements ColumnScopes {

	private final JdbcClient jdbc;

	ColumnGrants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the account holds the role where the column is (on the column, an ancestor, the site, or everywhere). */
	boolean holdsAt(CurrentUser user, Role role, SiteId site, UUID column) {
		if (user.hasRoleAt(role, site, List.of())) {
			return true;
		}
		return user.hasRoleOn(role, site) && user.hasRoleAt(role, site, lineage(column));
	}

	/** Whether the account holds any of the roles where the column is. */
	boolean holdsAnyAt(CurrentUser user, Collection<Role> roles, SiteId site, UUID column) {
		if (roles.stream().anyMatch(role -> user.hasRoleAt(role, site, List.of()))) {
			return true;
		}
		if (roles.stream().noneMatch(role -> user.hasRoleOn(role, site))) {
			return false;
		}
		var lineage = lineage(column);
		return roles.stream().anyMatch(role -> user.hasRoleAt(role, site, lineage));
	}

	/** Whether the account may read what is not live of an article in the column ({@link ContentReaders}). */
	boolean mayReadUnpublished(CurrentUser user, SiteId site, UUID column) {
		return Role.UNPUBLISHED_OVERSIGHT.stream().anyMatch(user::hasPlatformRole)
				|| holdsAnyAt(user, Role.SITE_CONTENT, site, column);
	}

	/**
	 * The columns of the site the account's content roles are limited to — every column below the subtrees its
	 * grants name — or empty when a grant reaches the whole site: what lists filter by, in SQL.
	 */
	Set<UUID> limitedTo(CurrentUser user, SiteId site, Collection<Role> roles) {
		var roots = user.columnScopesOn(site, roles);
		return roots.isEmpty() ? Set.of() : subtrees(roots);
	}

	/** The column and its ancestors, nearest first. */
	List<UUID> lineage(UUID column) {
		return jdbc.sql("""
				WITH RECURSIVE up(id, parent_id, depth) AS (
				    SELECT id, parent_id, 0 FROM content_column WHERE id = :column
				    UNION ALL
				    SELECT c.id, c.parent_id, up.depth + 1 FROM content_column c JOIN up ON c.id = up.parent_id
				    WHERE up.depth < 20
				)
				SELECT id FROM up ORDER BY depth
				""").param("column", column).query(UUID.class).list();
	}

	/** Every column in the subtrees below the given columns, the columns themselves included. */
	Set<UUID> subtrees(Collection<UUID> roots) {
		return Set.copyOf(jdbc.sql("""
				WITH RECURSIVE down(id, depth) AS (
				    SELECT id, 0 FROM content_column WHERE id IN (:roots)
				    UNION ALL
				    SELECT c.id, down.depth + 1 FROM content_column c JOIN down ON c.parent_id = down.id
				    WHERE down.depth < 20
				)
				SELECT DISTINCT id FROM down
				""").param("roots", roots).query(UUID.class).list());
	}

	@Override
	public Optional<String> nameOn(SiteId site, UUID column) {
		return jdbc.sql("SELECT name FROM content_column WHERE id = ? AND site_id = ?")
			.params(column, site.value())
			.query(String.class)
			.optional();
	}

	/** A column as the grant form's tree needs it. */
	private record Node(UUID id, @org.jspecify.annotations.Nullable UUID parent, String name) {
	}

	@Override
	public List<Option> options(SiteId site) {
		var rows = jdbc.sql("""
				SELECT id, parent_id, name FROM content_column
				WHERE site_id = ? AND topic_id IS NULL AND kind <> 'EXTERNAL_LINK'
				ORDER BY sort_order, name
				""")
			.param(site.value())
			.query((rs, n) -> new Node(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
			.list();
		var ids = new java.util.HashSet<UUID>();
		rows.forEach(row -> ids.add(row.id()));
		var children = new HashMap<UUID, List<Node>>();
		var roots = new ArrayList<Node>();
		for (var row : rows) {
			if (row.parent() == null || !ids.contains(row.parent())) {
				roots.add(row);
			}
			else {
				children.computeIfAbsent(row.parent(), key -> new ArrayList<>()).add(row);
			}
		}
		var options = new ArrayList<Option>();
		addInTreeOrder(roots, "", children, options, 0);
		return options;
	}

	private static void addInTreeOrder(List<Node> level, String prefix, Map<UUID, List<Node>> children,
			List<Option> into, int depth) {
		for (var node : level) {
			var label = prefix.isEmpty() ? node.name() : prefix + " › " + node.name();
			into.add(new Option(node.id(), label));
			if (depth < 20) {
				addInTreeOrder(children.getOrDefault(node.id(), List.of()), label, children, into, depth + 1);
			}
		}
	}
}

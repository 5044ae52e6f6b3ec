package org.govsite.interaction;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared half of a kind's service: reading by id, the console list, the public list and item, all through
 * {@link ParticipationCore}. A kind supplies its row, its view and its id; it adds what is its alone.
 */
abstract class ParticipationService<I extends ParticipationService.Id, V extends ParticipationItems.View<I>, F, R extends ParticipationCore.Item>
		implements ParticipationItems<I, V, F> {

	/** A kind's typed id. */
	interface Id {

		UUID value();
	}

	final Participation kind;
	final ParticipationCore core;
	private final RowMapper<R> rows;
	private final Function<UUID, I> ids;

	ParticipationService(Participation kind, ParticipationCore core, RowMapper<R> rows, Function<UUID, I> ids) {
		this.kind = kind;
		this.core = core;
		this.rows = rows;
		this.ids = ids;
	}

	/** The views of rows, with what they count (opinions, questions). */
	abstract List<V> views(List<R> rows);

	@Override
	public Participation kind() {
		return kind;
	}

	@Override
	public I id(String text) {
		return ids.apply(ParticipationCore.uuid(text));
	}

	@Override
	@Transactional(readOnly = true)
	public List<V> list(@Nullable SiteId site, int page) {
		return views(core.readable(kind, site, page, rows));
	}

	@Override
	@Transactional(readOnly = true)
	public V get(I id) {
		var row = row(id);
		ParticipationCore.requireReader(kind, row);
		return view(row);
	}

	@Override
	@Transactional(readOnly = true)
	public List<V> published(String siteCode) {
		return views(core.published(kind, siteCode, rows));
	}

	@Override
	@Transactional(readOnly = true)
	public V publishedOne(String siteCode, I id) {
		return view(publicRow(siteCode, id));
	}

	R row(I id) {
		return core.load(kind, id.value(), rows);
	}

	R lockForResponder(I id, String what) {
		return core.lockForResponder(kind, id.value(), rows, what);
	}

	R publicRow(String siteCode, I id) {
		return core.publicItem(kind, siteCode, id.value(), rows);
	}

	V view(R row) {
		return views(List.of(row)).get(0);
	}
}

package org.govsite.interaction;

import java.util.List;
import java.util.UUID;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * What every kind of {@link Participation} offers the same way, so that one console skeleton, one responders' API
 * and one public page path serve them all: {@link Solicitations} and {@link Interviews} implement it and add what is
 * theirs alone.
 *
 * @param <I> the kind's id
 * @param <V> the kind's view
 * @param <F> the form a responder creates and edits it with
 */
public interface ParticipationItems<I, V extends ParticipationItems.View<I>, F> {

	/** What every kind's view shows. */
	interface View<I> {

		I id();

		UUID siteId();

		String title();

		String statusLabel();
	}


	Participation kind();

	/** The id typed in a path; anything else is not found. */
	I id(String text);

	/** One page (from 0) of what the signed-in account may read, of one site when given; filtered in SQL. */
	List<V> list(@Nullable SiteId site, int page);

	V create(F form);

	V get(I id);

	V edit(I id, F form);

	/** What the public sees of a running site, newest first. */
	List<V> published(String siteCode);

	/** One item as the public sees it; hidden ones and other sites' are not found. */
	V publishedOne(String siteCode, I id);

	/** The citizens' inputs the public sees: published opinions, or the transcript. */
	List<?> publishedInputs(String siteCode, I id);

	/** Receives a citizen's opinion or question through the one intake. */
	PublicReceipt submit(String siteCode, I id, PublicInput input, @Nullable String sourceIp);
}

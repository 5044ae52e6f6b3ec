package org.govsite.shared;

/** A domain value with the Chinese word a user reads for it (statuses, actions, kinds). */
public interface Labelled {

	/** The Chinese label shown in the console and on public pages. */
	String label();
}

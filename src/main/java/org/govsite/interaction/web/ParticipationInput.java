package org.govsite.interaction.web;

/**
 * What a participation console form binds ({@code @ModelAttribute}): the fields as typed, converted to the form the
 * kind's service takes, which checks every rule (and places each reason at its field).
 *
 * @param <F> the service's form
 */
interface ParticipationInput<F> {

	/** The form the service takes. */
	F toForm();
}

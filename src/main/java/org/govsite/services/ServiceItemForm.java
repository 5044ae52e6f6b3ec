package org.govsite.services;

import org.jspecify.annotations.Nullable;

/**
 * What a writer types for a service item. {@code unitId} is the sponsoring unit (a UUID); {@code theme} one of
 * {@link ServiceThemes#ALL}; {@code serviceObject} a {@link ServiceObject} name; the ten guide elements may be left
 * blank (the check then lists them as missing) except the name; {@code version} the version read, to refuse a stale edit.
 */
public record ServiceItemForm(@Nullable String unitId, @Nullable String theme, @Nullable String serviceObject,
		@Nullable String name, @Nullable String legalBasis, @Nullable String conditions, @Nullable String materials,
		@Nullable String location, @Nullable String agency, @Nullable String fees, @Nullable String hours,
		@Nullable String phone, @Nullable String process, @Nullable Boolean online, @Nullable String onlineUrl,
		@Nullable String formsUrl, @Nullable String formsNote, @Nullable Long version) {
}

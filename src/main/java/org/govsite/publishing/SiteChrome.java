package org.govsite.publishing;

/** A site's look around a page the platform serves (互动交流, search): what goes in the head, above and below it. */
public record SiteChrome(String head, String header, String footer) {
}

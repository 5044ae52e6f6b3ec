/**
 * Content-safety detectors on fetched pages (issue 11): content (typos, wording, sensitive words, privacy, gambling and
 * SEO injection through the proofreading module), hidden links, obfuscated or injected scripts, the cloaking
 * comparator and outbound-domain classification. Every detector is pure: it reads one {@code FetchedPage} and
 * returns {@code Detection}s; the crawler does the fetching.
 */
@NullMarked
package org.govsite.monitoring.detect;

import org.jspecify.annotations.NullMarked;

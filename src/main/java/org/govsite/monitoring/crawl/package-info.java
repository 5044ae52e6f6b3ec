/**
 * The crawler core (抓取): fetches with limits, redirects, retries, charset detection, URL normalisation and a result
 * cache, and walks a site collecting every link it carries. Internal to the monitoring module.
 */
@NullMarked
package org.govsite.monitoring.crawl;

import org.jspecify.annotations.NullMarked;

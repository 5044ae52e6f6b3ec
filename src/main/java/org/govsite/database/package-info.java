/**
 * Where GovSite keeps its data: an embedded PostgreSQL under the data directory by default,
 * an external PostgreSQL when {@code SPRING_DATASOURCE_URL} is set.
 */
@NullMarked
package org.govsite.database;

import org.jspecify.annotations.NullMarked;

/** The proofreading module's HTTP API. */
@NullMarked
package org.govsite.proofreading.web;

import org.jspecify.annotations.NullMarked;

/**
 * Assessment (Art. 7, 23; 国办秘函〔2019〕19号): each government site judged on the national inspection indicators —
 * single-veto items, the deduction table under four headings, bonus items for portals — every item with the evidence
 * it counted, read through one port per evidence source so that an indicator without a source says so instead of
 * scoring; runs kept per period; the ranking for the supervisor.
 */
@NullMarked
package org.govsite.assessment;

import org.jspecify.annotations.NullMarked;

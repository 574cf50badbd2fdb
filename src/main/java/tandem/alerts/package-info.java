/**
 * Alerts about the same person in several cases: a perpetrator linked to two or more victims or areas (a serial
 * perpetrator) and a victim known in two or more areas. Each area concerned is told on its coordinators' home page
 * that a person it holds is known elsewhere and whom to call, never the other area's case (doc/adr/0105).
 */
@NullMarked
package tandem.alerts;

import org.jspecify.annotations.NullMarked;

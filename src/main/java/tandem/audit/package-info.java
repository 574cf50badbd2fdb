/**
 * The audit trail: an append-only, hash-chained record of every view, creation, change, export, share and sign-in, written in the same transaction as what it records, with a check that names the first broken link.
 */
@NullMarked
package tandem.audit;

import org.jspecify.annotations.NullMarked;

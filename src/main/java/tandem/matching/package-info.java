/**
 * Person matching across agencies: finds the same person however each agency spelt them (misspellings, nicknames,
 * swapped names, transposed birth dates, new addresses). The engine ({@link tandem.matching.MatchEngine}) is plain
 * Java: normalisation, several blocking keys, field comparators and Fellegi-Sunter weights estimated by EM, with an
 * explanation for every match. Keyed Bloom-filter encodings ({@link tandem.matching.BloomEncoder}) let two
 * partnerships compare people without exchanging identities. The person module asks it "is this person already
 * known?" through its {@code PersonMatcher} seam, reading blocking keys kept in PostgreSQL (ADR 0070, 0120).
 * {@link tandem.matching.DuplicateCheck} deduplicates the whole index in one batch, nightly on one node or when an
 * administrator asks, and reports the clusters it finds to administrators only (ADR 0103, 0104). Probable matches from
 * both go to MARAC coordinators' review queue ({@link tandem.matching.MatchProposals}, ADR 0100), where a confirmed
 * pair is combined and can be separated exactly (ADR 0101).
 */
@NullMarked
package tandem.matching;

import org.jspecify.annotations.NullMarked;

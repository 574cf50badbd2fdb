/**
 * Person matching across agencies: finds the same person however each agency spelt them (misspellings, nicknames,
 * swapped names, transposed birth dates, new addresses). The engine ({@link tandem.matching.MatchEngine}) is plain
 * Java: normalisation, several blocking keys, field comparators and Fellegi-Sunter weights estimated by EM, with an
 * explanation for every match. Keyed Bloom-filter encodings ({@link tandem.matching.BloomEncoder}) let two
 * partnerships compare people without exchanging identities. The person module asks it "is this person already
 * known?" through its {@code PersonMatcher} seam (ADR 0070). Probable matches go to MARAC coordinators' review queue
 * ({@link tandem.matching.MatchProposals}, ADR 0100), where a confirmed pair is combined and can be separated exactly
 * (ADR 0101).
 */
@NullMarked
package tandem.matching;

import org.jspecify.annotations.NullMarked;

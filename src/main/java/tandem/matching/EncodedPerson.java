package tandem.matching;

/**
 * A person as one partnership sends them to another for privacy-preserving matching: Bloom filters per field and
 * keyed blocking tokens, nothing else. The id is the sender's own opaque reference, never a name.
 */
public record EncodedPerson(String id, long[][] given, long[][] family, long[] birthDate, long[] sex, long[] postcode,
		long[] address, long[] email, long[] blockingTokens) {
}

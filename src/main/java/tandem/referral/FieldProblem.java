package tandem.referral;

/** One invalid field, named by its path in the request (e.g. {@code victim.dateOfBirth}), with what to do about it. */
record FieldProblem(String field, String message) {
}

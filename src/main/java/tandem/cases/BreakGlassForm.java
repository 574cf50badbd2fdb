package tandem.cases;

import org.jspecify.annotations.Nullable;

/** The break-glass form on the "no access" page, kept as typed when it comes back with an error. */
record BreakGlassForm(@Nullable String reason) {

	static BreakGlassForm empty() {
		return new BreakGlassForm(null);
	}

}

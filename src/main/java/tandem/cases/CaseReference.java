package tandem.cases;

import java.util.Locale;

/**
 * A case reference people can read out on the phone: the area, the year the case opened and a partnership-wide
 * number from {@code case_reference_seq}, e.g. {@code NORTH-2026-0042}.
 */
public final class CaseReference {

	private CaseReference() {
	}

	public static String of(String areaCode, int year, long number) {
		return "%s-%d-%04d".formatted(areaCode.toUpperCase(Locale.ROOT), year, number);
	}

}

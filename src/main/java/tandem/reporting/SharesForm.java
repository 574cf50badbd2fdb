package tandem.reporting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An area's adult population by ONS ethnic group, in percent, as the analyst typed it: one field per group, named
 * {@code share-<GROUP>}, any of which may be left blank.
 */
record SharesForm(@Nullable String area, Map<String, String> typed, @Nullable String source) {

	static final String PREFIX = "share-";

	SharesForm {
		typed = Map.copyOf(typed);
	}

	static SharesForm from(Map<String, String> parameters) {
		Map<String, String> typed = new LinkedHashMap<>();
		for (String group : groups().keySet()) {
			String value = parameters.get(PREFIX + group);
			if (value != null) {
				typed.put(group, value);
			}
		}
		return new SharesForm(parameters.get("sharesArea"), typed, parameters.get("sharesSource"));
	}

	/** The ONS 2021 high-level groups (without "prefer not to say", which a census share cannot have). */
	static Map<String, String> groups() {
		Map<String, String> groups = new LinkedHashMap<>(Breakdown.ETHNIC_GROUP.knownCategories());
		groups.remove("PREFER");
		return groups;
	}

	Map<String, BigDecimal> shares() {
		Map<String, BigDecimal> shares = new LinkedHashMap<>();
		this.typed.forEach((group, text) -> {
			BigDecimal value = parse(text);
			if (value != null) {
				shares.put(group, value);
			}
		});
		return shares;
	}

	Map<String, String> errors() {
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.area == null || this.area.isBlank()) {
			errors.put("sharesArea", "Choose the area");
		}
		this.typed.forEach((group, text) -> {
			if (!text.isBlank() && parse(text) == null) {
				errors.put(PREFIX + group, "Enter a percentage from 0 to 100 for " + groups().get(group));
			}
		});
		if (errors.keySet().stream().noneMatch(key -> key.startsWith(PREFIX))) {
			BigDecimal sum = shares().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			if (shares().isEmpty()) {
				errors.put(PREFIX + groups().keySet().iterator().next(), "Enter the percentage for at least one group");
			}
			else if (sum.compareTo(new BigDecimal("100.5")) > 0) {
				errors.put(PREFIX + groups().keySet().iterator().next(), "The percentages must add up to 100 or less");
			}
		}
		if (this.source == null || this.source.isBlank()) {
			errors.put("sharesSource", "Enter where the percentages come from, for example Census 2021");
		}
		else if (this.source.length() > 200) {
			errors.put("sharesSource", "Where the percentages come from must be 200 characters or fewer");
		}
		return errors;
	}

	private static @Nullable BigDecimal parse(String text) {
		try {
			BigDecimal value = new BigDecimal(text.strip().replace("%", ""));
			return value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || value.scale() > 2 ? null
					: value;
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

}

package tandem.reporting;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** An area's adult female population as the analyst typed it; {@link #errors()} says what is wrong with it. */
record PopulationForm(@Nullable String area, @Nullable String adultFemales, @Nullable String source) {

	static final PopulationForm EMPTY = new PopulationForm(null, null, null);

	Map<String, String> errors() {
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.area == null || this.area.isBlank()) {
			errors.put("area", "Choose the area");
		}
		if (count() == null) {
			errors.put("adultFemales", "Enter the number of women and girls aged 16 and over, as a whole number above 0");
		}
		if (this.source == null || this.source.isBlank()) {
			errors.put("source", "Enter where the number comes from, for example ONS mid-2023 estimate");
		}
		else if (this.source.length() > 200) {
			errors.put("source", "Where the number comes from must be 200 characters or fewer");
		}
		return errors;
	}

	@Nullable Integer count() {
		if (this.adultFemales == null) {
			return null;
		}
		try {
			int value = Integer.parseInt(this.adultFemales.strip().replace(",", ""));
			return value > 0 && value <= 20_000_000 ? value : null;
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

}

package tandem.reporting;

/** An area's recorded adult female (16+) population and where the number came from (e.g. "ONS mid-2023 estimate"). */
public record AreaPopulation(int adultFemales, String source) {
}

package tandem.reporting;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

	@Test
	void quotesWhatNeedsQuotingAndNeutralisesSpreadsheetFormulas() {
		assertThat(Csv.field("Police")).isEqualTo("Police");
		assertThat(Csv.field("1,234")).isEqualTo("\"1,234\"");
		assertThat(Csv.field("Say \"no\"")).isEqualTo("\"Say \"\"no\"\"\"");
		assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(Csv.field("@sum")).isEqualTo("'@sum");
	}

	@Test
	void writesTheCaptionHeadersRowsAndTheSuppressionNote() {
		PublishedTable table = new PublishedTable("Referrals", List.of("Figure", "Jan–Mar 2025"),
				List.of(new PublishedTable.Row("Referrals", List.of("[c]"), false)), true, true);
		assertThat(Csv.of(table)).startsWith("Referrals\r\nFigure,Jan–Mar 2025\r\nReferrals,[c]\r\n")
			.contains("[c]: not shown");
	}

}

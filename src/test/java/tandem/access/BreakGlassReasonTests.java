package tandem.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BreakGlassReasonTests {

	@Test
	void blankShortAndLongReasonsGetTheirOwnMessage() {
		assertThat(BreakGlassReason.problemWith(null)).contains("Enter why you need emergency access to this case");
		assertThat(BreakGlassReason.problemWith("   ")).contains("Enter why you need emergency access to this case");
		assertThat(BreakGlassReason.problemWith("x".repeat(19))).contains("Reason must be 20 characters or more");
		assertThat(BreakGlassReason.problemWith("x".repeat(2001))).contains("Reason must be 2,000 characters or fewer");
	}

	@Test
	void lengthsAtTheLimitsAreAcceptedAndSurroundingSpaceDoesNotCount() {
		assertThat(BreakGlassReason.problemWith("x".repeat(20))).isEmpty();
		assertThat(BreakGlassReason.problemWith("x".repeat(2000))).isEmpty();
		assertThat(BreakGlassReason.problemWith("  " + "x".repeat(19) + "  ")).isPresent();
		assertThat(new BreakGlassReason("  " + "x".repeat(20) + " ").text()).isEqualTo("x".repeat(20));
	}

	@Test
	void anInvalidReasonCannotBeMade() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BreakGlassReason("too short"));
	}

}

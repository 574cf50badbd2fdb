package tandem.audit;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import tandem.audit.AuditChainCheck.BrokenLink;
import tandem.audit.AuditChainCheck.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainCheckTest {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

	@Test
	void anIntactChainSaysHowManySealsHold() {
		AuditChainCheck check = new AuditChainCheck(NOW, 12_345, null, 0, null, FIVE_MINUTES, "ab");

		assertThat(check.intact()).isTrue();
		assertThat(check.summary()).isEqualTo("The audit chain holds: all 12,345 seals match their events and link up in order.");
	}

	@Test
	void anEmptyChainSaysSo() {
		AuditChainCheck check = new AuditChainCheck(NOW, 0, null, 0, null, FIVE_MINUTES, null);

		assertThat(check.intact()).isTrue();
		assertThat(check.summary()).isEqualTo("The audit chain is empty: no events have been sealed yet.");
	}

	@Test
	void aBrokenChainNamesTheFirstBrokenLinkAndWhy() {
		AuditChainCheck check = new AuditChainCheck(NOW, 11, new BrokenLink(12, 345, Problem.EVENT_CHANGED), 0, null,
				FIVE_MINUTES, "ab");

		assertThat(check.intact()).isFalse();
		assertThat(check.summary()).isEqualTo("The audit trail has been tampered with. The first broken link is seal 12"
				+ " (audit event 345): its audit event no longer matches what was sealed, so the event or its seal has"
				+ " been changed. The 11 seals before it are intact.");
		assertThat(check.auditDetail()).isEqualTo("broken at seal 12 (event 345): EVENT_CHANGED");
	}

	@Test
	void eventsWaitingTooLongForASealMakeTheTrailDoubtful() {
		AuditChainCheck check = new AuditChainCheck(NOW, 3, null, 2, 7L, FIVE_MINUTES, "ab");

		assertThat(check.intact()).isFalse();
		assertThat(check.summary()).endsWith("2 audit events have waited more than 5 minutes for a seal (the lowest is"
				+ " event 7): the sealer may have stopped, or events may have been kept from it.");
		assertThat(check.auditDetail()).isEqualTo("chain holds over 3 seals; 2 events overdue for a seal");
	}

}

package tandem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterJobsTest {

	@Test
	void aJobsLockKeyNeverChangesBetweenVersions() {
		// Pinned: nodes of two releases running side by side during an upgrade must compute the same key.
		assertThat(ClusterJobs.lockKey("audit-sealer")).isEqualTo(641769449748876713L);
	}

	@Test
	void differentJobsHaveDifferentKeys() {
		assertThat(ClusterJobs.lockKey("audit-sealer")).isNotEqualTo(ClusterJobs.lockKey("reminders"));
	}

}

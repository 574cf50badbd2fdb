package tandem.referral;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import tandem.person.PersonRecords;
import tandem.risk.RepeatHistory;

/**
 * The repeat history of a victim and perpetrator pair as people, not as records: an earlier referral counts whichever
 * of a person's combined records it named (domain.md §2.6 counts from the last referral of the same victim with the
 * same perpetrator, and a misspelt name on one referral does not make someone else).
 */
@Component
class PairHistory {

	private final PersonRecords people;

	private final Referrals referrals;

	PairHistory(PersonRecords people, Referrals referrals) {
		this.people = people;
		this.referrals = referrals;
	}

	/** A victim and their perpetrators as people: each with every record combined with them. */
	record Pair(Set<UUID> victim, Set<UUID> perpetrators) {
	}

	Pair of(UUID victimId, Collection<UUID> perpetratorIds) {
		Set<UUID> asked = new HashSet<>(perpetratorIds);
		asked.add(victimId);
		Map<UUID, Set<UUID>> same = this.people.sameAs(asked);
		Set<UUID> perpetrators = new HashSet<>();
		perpetratorIds.forEach(perpetrator -> perpetrators.addAll(same.get(perpetrator)));
		return new Pair(same.get(victimId), perpetrators);
	}

	RepeatHistory before(Pair pair, LocalDate onOrBefore) {
		return this.referrals.lastMaracReferralOfPair(pair.victim(), pair.perpetrators(), onOrBefore)
			.map(RepeatHistory::lastReferredOn)
			.orElse(RepeatHistory.NONE);
	}

}

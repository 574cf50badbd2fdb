package tandem.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import tandem.person.NewPerson;
import tandem.person.PersonMatcher;

/**
 * "Is this person already known?" at referral time. Candidates are the people who share a blocking key with the
 * description in the {@link MatchKeyIndex}: a name's code with a part of the date of birth, both names with the whole
 * date, or, for people held without a date of birth, both names alone (ADR 0120). Each is scored with the engine. Only one
 * person at or above {@link #CERTAIN} attaches, and only when every other candidate is at least 2^{@value #MARGIN_BITS}
 * times less likely: two people nearly as likely mean a human must decide, so both go to the coordinators' review
 * queue against the person the referral adds. Records combined into one person count as that person.
 * The twins rule applies, so a twin never attaches to the other. Everyone a referral names is looked up in one
 * statement, and everyone it adds is keyed in one (ADR 0123).
 */
@Component
class ReferralTimeMatcher implements PersonMatcher {

	static final double CERTAIN = 0.999;

	/** How many bits of log-odds the best candidate must lead every other by. */
	static final double MARGIN_BITS = 8;

	/** The most people one key may bring; a larger block is passed over, as {@link DedupRun#MAX_BLOCK} is. */
	private static final int LARGEST_BLOCK = DedupRun.MAX_BLOCK;

	private final HeldPeople people;

	private final MatchKeyIndex index;

	private final MatchProposals proposals;

	private final MatchModel model = MatchModel.configured();

	ReferralTimeMatcher(HeldPeople people, MatchKeyIndex index, MatchProposals proposals) {
		this.people = people;
		this.index = index;
		this.proposals = proposals;
	}

	@Override
	public List<Lookup> lookUp(List<NewPerson> described) {
		List<PersonRecord> queries = new ArrayList<>(described.size());
		List<long[]> keys = new ArrayList<>(described.size());
		for (NewPerson person : described) {
			PersonRecord query = record("referral", person);
			queries.add(query);
			keys.add(MatchKeyIndex.sought(new Prepared(query)));
		}
		List<List<HeldPeople.Held>> found = this.people.sharingKeys(keys, LARGEST_BLOCK);
		List<Lookup> lookups = new ArrayList<>(described.size());
		for (int i = 0; i < described.size(); i++) {
			lookups.add(lookUp(queries.get(i), found.get(i)));
		}
		return lookups;
	}

	private Lookup lookUp(PersonRecord query, List<HeldPeople.Held> found) {
		Map<String, PersonRecord> byPerson = new HashMap<>();
		Map<String, String> keptOf = new HashMap<>();
		for (HeldPeople.Held held : found) {
			byPerson.put(held.id().toString(), held.record());
			keptOf.put(held.id().toString(), held.kept().toString());
		}
		// Best first, so the first record of each person kept is that person's best.
		List<Candidate> probable = MatchEngine
			.ranked(this.model, query, List.copyOf(byPerson.values()), MatchProposals.PROBABLE, CERTAIN)
			.stream()
			.map(m -> new Candidate(UUID.fromString(keptOf.get(m.id())), m.probability(), m.explanation()))
			.filter(distinctPeople())
			.toList();
		return new Lookup(certain(probable), probable);
	}

	/**
	 * The best candidate if it is certain and leads every other clearly. Candidates below even odds need not be
	 * looked at: a certain match has log-odds of at least 9.9 bits, so one below zero cannot come within
	 * {@value #MARGIN_BITS} bits of it.
	 */
	private static Optional<UUID> certain(List<Candidate> probable) {
		if (probable.isEmpty() || probable.getFirst().probability() < CERTAIN) {
			return Optional.empty();
		}
		boolean clearLead = probable.size() == 1
				|| logOdds(probable.getFirst().probability()) - logOdds(probable.get(1).probability()) >= MARGIN_BITS;
		return clearLead ? Optional.of(probable.getFirst().personId()) : Optional.empty();
	}

	@Override
	public void remember(List<Added> added) {
		this.index.remember(added.stream().map(a -> record(a.personId().toString(), a.described())).toList());
		// Only people as likely as a certain match, left apart because another was nearly as likely, go to review now.
		// Less likely pairs wait for the nightly duplicate check, which weighs a shared name by how common it is: here
		// every name counts at its average weight, and people of a common name born the same year would flood the queue.
		for (Added person : added) {
			for (Candidate candidate : person.lookup().probable()) {
				if (candidate.probability() >= CERTAIN) {
					this.proposals.propose(person.personId(), candidate.personId(), candidate.probability(),
							Objects.requireNonNull(candidate.explanation()), MatchProposals.Source.REFERRAL);
				}
			}
		}
	}

	private static Predicate<Candidate> distinctPeople() {
		Set<UUID> seen = new HashSet<>();
		return candidate -> seen.add(candidate.personId());
	}

	private static double logOdds(double probability) {
		double p = Math.min(probability, 1 - 1e-15);
		return Math.log(p / (1 - p)) / Math.log(2);
	}

	private static PersonRecord record(String id, NewPerson described) {
		return HeldPeople.record(id, new PersonRecord.Name(described.givenName(), described.familyName()),
				described.aliases().stream().map(n -> new PersonRecord.Name(n.givenName(), n.familyName())).toList(),
				described.dateOfBirth(), described.gender());
	}

}

package tandem.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import tools.jackson.databind.json.JsonMapper;

import tandem.bench.BenchClients.Client;
import tandem.bench.KnownPairs.Pair;
import tandem.bench.KnownPairs.Someone;

/**
 * The referrals one simulated agency system sends, in a realistic mix: mostly new victims; some victims and
 * perpetrators Tandem already holds (so the "already known" lookup runs and the pair's open case is added to); some
 * pairs this client referred earlier in the run (so the repeat rule finds a recent MARAC referral); Dash answers
 * spread so that about 60% of referrals meet the MARAC threshold; Idempotency-Keys on some, and a few deliberate
 * retries of a keyed request, which must be answered with the first response. Not thread-safe: one per worker.
 */
final class ReferralMix {

	private static final double RETRY = 0.03;

	private static final double RE_REFERRAL = 0.05;

	private static final double KNOWN_PAIR = 0.20;

	private static final double WITH_KEY = 0.4;

	private static final int REMEMBERED = 50;

	/** One request to send: who sends it, its body, and its Idempotency-Key if it has one. */
	record Submission(Client client, byte[] body, String key, Pair pair, boolean retry) {
	}

	private final SplittableRandom random;

	private final Map<String, List<Client>> clientsByArea;

	private final List<String> areaCodes;

	private final KnownPairs known;

	private final LocalDate today;

	private final JsonMapper json;

	private final String keyPrefix;

	private final List<Submission> keyed = new ArrayList<>();

	private final List<Pair> referred = new ArrayList<>();

	private long sequence;

	ReferralMix(SplittableRandom random, Map<String, List<Client>> clientsByArea, KnownPairs known, LocalDate today,
			JsonMapper json, String keyPrefix) {
		this.random = random;
		this.clientsByArea = clientsByArea;
		this.areaCodes = List.copyOf(clientsByArea.keySet());
		this.known = known;
		this.today = today;
		this.json = json;
		this.keyPrefix = keyPrefix;
	}

	Submission next() {
		double roll = this.random.nextDouble();
		if (roll < RETRY && !this.keyed.isEmpty()) {
			Submission first = this.keyed.get(this.random.nextInt(this.keyed.size()));
			return new Submission(first.client(), first.body(), first.key(), first.pair(), true);
		}
		Pair pair;
		if (roll < RETRY + RE_REFERRAL && !this.referred.isEmpty()) {
			pair = this.referred.get(this.random.nextInt(this.referred.size()));
		}
		else if (roll < RETRY + RE_REFERRAL + KNOWN_PAIR) {
			pair = this.known.any(this.random);
		}
		else {
			pair = newPair();
		}
		List<Client> clients = this.clientsByArea.get(pair.areaCode());
		Client client = clients.get(this.random.nextInt(clients.size()));
		String key = this.random.nextDouble() < WITH_KEY ? this.keyPrefix + "-" + (++this.sequence) : null;
		Submission submission = new Submission(client, this.json.writeValueAsBytes(body(pair)), key, pair, false);
		remember(this.keyed, key == null ? null : submission);
		return submission;
	}

	/** A first answer came back: the pair may now be referred again, as a repeat. */
	void accepted(Submission submission) {
		if (!submission.retry()) {
			remember(this.referred, submission.pair());
		}
	}

	private <T> void remember(List<T> list, T item) {
		if (item == null) {
			return;
		}
		if (list.size() == REMEMBERED) {
			list.set(this.random.nextInt(REMEMBERED), item);
		}
		else {
			list.add(item);
		}
	}

	private Pair newPair() {
		String area = this.areaCodes.get(this.random.nextInt(this.areaCodes.size()));
		boolean femaleVictim = this.random.nextDouble() < 0.86;
		return new Pair(area, person(femaleVictim, 18, 50), person(!femaleVictim, 18, 50),
				SyntheticPartnership.relationship(this.random));
	}

	private Someone person(boolean female, int minimumAge, int spanYears) {
		LocalDate born = this.today.minusYears(minimumAge + this.random.nextInt(spanYears))
			.minusDays(this.random.nextInt(365));
		return new Someone(FictionalNames.givenName(this.random, female), FictionalNames.familyName(this.random), born,
				female ? "FEMALE" : "MALE");
	}

	private Map<String, Object> body(Pair pair) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("area", pair.areaCode());
		body.put("referredOn", this.today.toString());
		Map<String, Object> victim = party(pair.victim());
		victim.put("gender", pair.victim().gender());
		if (this.random.nextDouble() < 0.8) {
			boolean safe = this.random.nextDouble() < 0.7;
			victim.put("phone", safe ? Map.of("number", phone(), "safeToCall", true, "safeTimes", "Weekday mornings")
					: Map.of("number", phone(), "safeToCall", false));
		}
		body.put("victim", victim);
		Map<String, Object> perpetrator = party(pair.perpetrator());
		perpetrator.put("relationshipToVictim", switch (pair.relationship()) {
			case "FAMILY_MEMBER" -> "OTHER_FAMILY_MEMBER";
			default -> pair.relationship();
		});
		body.put("perpetrators", List.of(perpetrator));
		List<Map<String, Object>> children = new ArrayList<>();
		for (int c = this.random.nextDouble() < 0.4 ? 1 + this.random.nextInt(2) : 0; c > 0; c--) {
			children.add(party(person(this.random.nextBoolean(), 0, 16)));
		}
		body.put("children", children);
		body.put("dash", Map.of("answers", dashAnswers()));
		body.put("policeCalloutsLast12Months", this.random.nextDouble() < 0.1 ? 3 + this.random.nextInt(4)
				: this.random.nextInt(3));
		body.put("professionalJudgement", this.random.nextDouble() < 0.06
				? Map.of("applies", true, "reason", "Threats have escalated since the separation")
				: Map.of("applies", false));
		body.put("victimAwareOfReferral", this.random.nextDouble() < 0.9);
		if (this.random.nextDouble() < 0.85) {
			body.put("consent", "GIVEN");
		}
		else {
			body.put("consent", "NOT_GIVEN");
			body.put("lawfulBasis", "SAFEGUARDING_INDIVIDUALS_AT_RISK");
		}
		return body;
	}

	private static Map<String, Object> party(Someone someone) {
		Map<String, Object> party = new LinkedHashMap<>();
		party.put("givenName", someone.givenName());
		party.put("familyName", someone.familyName());
		party.put("dateOfBirth", someone.dateOfBirth().toString());
		return party;
	}

	private String phone() {
		return "07700 9%05d".formatted(this.random.nextInt(100_000));
	}

	/** Half the checklists reach the visible-high-risk count of 14 yes answers; the rest spread below it. */
	private Map<String, String> dashAnswers() {
		int yes = this.random.nextDouble() < 0.5 ? 14 + this.random.nextInt(11) : this.random.nextInt(14);
		List<Integer> questions = new ArrayList<>();
		for (int q = 1; q <= 24; q++) {
			questions.add(q);
		}
		Map<String, String> answers = new LinkedHashMap<>();
		for (int i = 0; i < 24; i++) {
			int q = questions.remove(this.random.nextInt(questions.size()));
			double other = this.random.nextDouble();
			answers.put("q" + q, i < yes ? "YES" : other < 0.8 ? "NO" : other < 0.95 ? "DONT_KNOW" : "NOT_ASKED");
		}
		return answers;
	}

}

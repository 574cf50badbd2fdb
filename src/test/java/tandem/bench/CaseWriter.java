package tandem.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import tandem.bench.SyntheticPartnership.Area;

/**
 * Writes people and cases in date order, so that a repeat (the same victim and perpetrator again) follows its first
 * case by weeks or months, as it does in life, and a serial perpetrator's victims come one after another.
 */
final class CaseWriter {

	private static final int FIVE_YEARS_IN_DAYS = 1826;

	/** Pairs remembered per area for repeats: roughly the last year of that area's cases at national scale. */
	private static final int RECENT_PAIRS = 5000;

	private final Connection connection;

	private final SplittableRandom random;

	private final LocalDate today;

	private final List<Area> areas;

	private final Pair[][] recentPairs;

	private final int[] recentCount;

	private long people;

	CaseWriter(Connection connection, SplittableRandom random, LocalDate today, List<Area> areas) {
		this.connection = connection;
		this.random = random;
		this.today = today;
		this.areas = areas;
		this.recentPairs = new Pair[areas.size()][RECENT_PAIRS];
		this.recentCount = new int[areas.size()];
	}

	private record Pair(UUID victim, UUID perpetrator, String relationship, UUID[] children) {
	}

	CaseIndex write(int cases) throws SQLException, IOException {
		int[] opened = openingDays(cases);
		UUID[] ids = new UUID[cases];
		short[] areaIndexes = new short[cases];
		try (var copy = new CopyWriter(this.connection)) {
			var persons = copy.table("person",
					"id, given_name, family_name, date_of_birth, gender, ethnicity, first_language, interpreter_needed");
			var contacts = copy.table("contact_detail", "person_id, position, kind, value, safe_to_use, safe_times");
			var caseFiles = copy.table("case_file", "id, reference, area_id, opened_on, closed_on, restricted, risk_level");
			var parties = copy.table("case_party", "case_id, person_id, role, relationship");
			var involved = copy.table("case_agency", "case_id, agency_id, involved_since");
			People writer = new People(persons, contacts);
			for (int c = 0; c < cases; c++) {
				int a = this.random.nextInt(this.areas.size());
				Area area = this.areas.get(a);
				LocalDate openedOn = LocalDate.ofEpochDay(opened[c]);
				UUID caseId = SyntheticPartnership.uuid(this.random);
				ids[c] = caseId;
				areaIndexes[c] = (short) a;
				Pair pair = pairFor(a, writer, openedOn);
				boolean closed = openedOn.isBefore(this.today.minusMonths(6)) && this.random.nextDouble() < 0.85;
				caseFiles.row(caseId, "SYN-%07d".formatted(c + 1), area.id(), openedOn,
						closed ? openedOn.plusDays(30 + this.random.nextInt(270)) : null, this.random.nextDouble() < 0.005,
						SyntheticPartnership.riskLevel(this.random));
				parties.row(caseId, pair.victim(), "VICTIM", null);
				parties.row(caseId, pair.perpetrator(), "PERPETRATOR", pair.relationship());
				for (UUID child : pair.children()) {
					parties.row(caseId, child, "CHILD", null);
				}
				for (int agency : involvedAgencies()) {
					involved.row(caseId, area.agencyIds()[agency], openedOn);
				}
			}
		}
		return new CaseIndex(ids, areaIndexes, opened, this.people);
	}

	/** Opening dates over five years, sorted, with more in recent years as reporting grows. */
	private int[] openingDays(int cases) {
		int[] days = new int[cases];
		long todayEpoch = this.today.toEpochDay();
		for (int c = 0; c < cases; c++) {
			double recentness = 1 - Math.sqrt(this.random.nextDouble());
			days[c] = (int) (todayEpoch - (long) (recentness * FIVE_YEARS_IN_DAYS));
		}
		Arrays.sort(days);
		return days;
	}

	private Pair pairFor(int area, People writer, LocalDate openedOn) throws SQLException, IOException {
		int known = this.recentCount[area];
		if (known > 0 && SyntheticPartnership.repeat(this.random)) {
			return this.recentPairs[area][this.random.nextInt(Math.min(known, RECENT_PAIRS))];
		}
		UUID perpetrator = known > 0 && SyntheticPartnership.serialPerpetrator(this.random)
				? this.recentPairs[area][this.random.nextInt(Math.min(known, RECENT_PAIRS))].perpetrator()
				: writer.adult(false, openedOn);
		UUID victim = writer.adult(true, openedOn);
		UUID[] children = new UUID[this.random.nextDouble() < 0.5 ? 1 + this.random.nextInt(3) : 0];
		for (int i = 0; i < children.length; i++) {
			children[i] = writer.child(openedOn);
		}
		Pair pair = new Pair(victim, perpetrator, SyntheticPartnership.relationship(this.random), children);
		this.recentPairs[area][known % RECENT_PAIRS] = pair;
		this.recentCount[area] = known + 1;
		return pair;
	}

	/** The police or the IDVA service on most cases, and one to three other agencies. */
	private int[] involvedAgencies() {
		boolean[] chosen = new boolean[SyntheticPartnership.AGENCY_TYPES.size()];
		chosen[0] = this.random.nextDouble() < 0.85;
		chosen[1] = this.random.nextDouble() < 0.9;
		for (int extra = 1 + this.random.nextInt(3); extra > 0; extra--) {
			chosen[2 + this.random.nextInt(chosen.length - 2)] = true;
		}
		return java.util.stream.IntStream.range(0, chosen.length).filter(i -> chosen[i]).toArray();
	}

	/** Writes one person at a time, victims with a phone that is sometimes unsafe to call. */
	private final class People {

		private final CopyWriter.Table persons;

		private final CopyWriter.Table contacts;

		People(CopyWriter.Table persons, CopyWriter.Table contacts) {
			this.persons = persons;
			this.contacts = contacts;
		}

		UUID adult(boolean victim, LocalDate on) throws SQLException, IOException {
			boolean female = victim == (CaseWriter.this.random.nextDouble() < 0.86);
			UUID id = person(female, on.minusYears(18 + CaseWriter.this.random.nextInt(50)));
			if (victim) {
				boolean safe = CaseWriter.this.random.nextDouble() < 0.7;
				this.contacts.row(id, 0, "PHONE", "07700 9%05d".formatted(CaseWriter.this.random.nextInt(100_000)), safe,
						safe ? "Weekday mornings" : null);
			}
			return id;
		}

		UUID child(LocalDate on) throws SQLException, IOException {
			return person(CaseWriter.this.random.nextBoolean(), on.minusYears(CaseWriter.this.random.nextInt(17)));
		}

		private UUID person(boolean female, LocalDate bornAround) throws SQLException, IOException {
			SplittableRandom random = CaseWriter.this.random;
			UUID id = SyntheticPartnership.uuid(random);
			boolean english = random.nextDouble() < 0.9;
			this.persons.row(id, FictionalNames.givenName(random, female), FictionalNames.familyName(random),
					bornAround.minusDays(random.nextInt(365)), female ? "FEMALE" : "MALE",
					SyntheticPartnership.ethnicity(random), english ? "English" : "Polish", english ? false : random.nextBoolean());
			CaseWriter.this.people++;
			return id;
		}

	}

}

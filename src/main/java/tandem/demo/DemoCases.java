package tandem.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tandem.demo.DemoCase.Perpetrator;

import static tandem.demo.DemoAgency.CHILDRENS_SOCIAL_CARE;
import static tandem.demo.DemoAgency.EDUCATION;
import static tandem.demo.DemoAgency.IDVA;
import static tandem.demo.DemoAgency.POLICE;

/**
 * Makes up the demo's cases: forty per area over the two years before {@code today}, from a fixed seed so that every
 * demo tells the same story. A few names are in their own script, a couple of victims are in refuge, a few cases are
 * restricted to named users, and in each area one victim is referred again about the same perpetrator (a repeat).
 */
final class DemoCases {

	static final long SEED = 20_261_122L;

	static final int CASES_PER_AREA = 40;

	private static final int REPEAT_PAIRS = 1;

	private static final Set<Integer> OWN_SCRIPT = Set.of(3, 17, 29);

	private static final Set<Integer> IN_REFUGE = Set.of(8, 21);

	private static final Set<Integer> RESTRICTED = Set.of(5, 26);

	private static final List<DemoAgency> PARTNERS = List.of(DemoAgency.WOMENS_AID, DemoAgency.HOUSING,
			DemoAgency.ACUTE_HEALTH, DemoAgency.PRIMARY_CARE, DemoAgency.PROBATION, DemoAgency.MENTAL_HEALTH,
			DemoAgency.ADULT_SOCIAL_CARE);

	private final Random random = new Random(SEED);

	private final DemoPeople people = new DemoPeople(this.random);

	private final LocalDate today;

	private DemoCases(LocalDate today) {
		this.today = today;
	}

	/** Every demo case of both areas, oldest first, so that case references follow the order cases were opened. */
	static List<DemoCase> generate(LocalDate today) {
		DemoCases cases = new DemoCases(today);
		List<DemoCase> all = new ArrayList<>();
		for (DemoArea area : DemoArea.values()) {
			all.addAll(cases.inArea(area));
		}
		all.sort(Comparator.comparing(DemoCase::openedOn));
		return all;
	}

	/** The users named on an area's restricted cases; in south, one IDVA alone, to show what restriction does. */
	static List<String> namedUsers(DemoArea area) {
		return area == DemoArea.NORTH ? List.of("north.coordinator", "north.idva")
				: List.of(DemoSignIns.SOUTH_NAMED_USER);
	}

	private List<DemoCase> inArea(DemoArea area) {
		List<DemoCase> cases = new ArrayList<>();
		for (int i = 0; i < CASES_PER_AREA - 2 * REPEAT_PAIRS; i++) {
			LocalDate openedOn = this.today.minusDays(this.random.nextInt(730));
			DemoPerson victim = this.people.victim(area, openedOn, OWN_SCRIPT.contains(i), IN_REFUGE.contains(i));
			cases.add(newCase(area, openedOn, closedAfter(openedOn), riskLevel(), victim, perpetrators(victim, openedOn),
					children(victim, openedOn), RESTRICTED.contains(i)));
		}
		for (int i = 0; i < REPEAT_PAIRS; i++) {
			cases.addAll(repeatPair(area));
		}
		return cases;
	}

	/**
	 * The same victim and perpetrator referred twice: the second referral comes within twelve months of the first, so
	 * it is a repeat by SafeLives' definition.
	 */
	private List<DemoCase> repeatPair(DemoArea area) {
		LocalDate firstOpened = this.today.minusDays(300 + this.random.nextInt(400));
		LocalDate firstClosed = firstOpened.plusDays(30 + this.random.nextInt(90));
		LocalDate againOpened = firstClosed.plusDays(20 + this.random.nextInt(120));
		DemoPerson victim = this.people.victim(area, firstOpened, false, false);
		List<Perpetrator> perpetrators = List.of(
				new Perpetrator(this.people.perpetrator(victim, "EX_PARTNER", firstOpened), "EX_PARTNER"));
		List<DemoPerson> children = children(victim, firstOpened);
		return List.of(newCase(area, firstOpened, firstClosed, "HIGH", victim, perpetrators, children, false),
				newCase(area, againOpened, null, "HIGH", victim, perpetrators, children, false));
	}

	private DemoCase newCase(DemoArea area, LocalDate openedOn, @Nullable LocalDate closedOn, String riskLevel,
			DemoPerson victim, List<Perpetrator> perpetrators, List<DemoPerson> children, boolean restricted) {
		return new DemoCase(this.people.id(), area, openedOn, closedOn, riskLevel, victim, perpetrators, children,
				agencies(riskLevel, !children.isEmpty(), restricted), restricted ? namedUsers(area) : List.of());
	}

	private @Nullable LocalDate closedAfter(LocalDate openedOn) {
		long open = ChronoUnit.DAYS.between(openedOn, this.today);
		if (open <= 90 || this.random.nextInt(100) >= 65) {
			return null;
		}
		return openedOn.plusDays(30 + this.random.nextInt((int) Math.min(200, open - 31)));
	}

	/** High risk dominates at Marac; medium and standard cases come through professional judgement and triage. */
	private String riskLevel() {
		int roll = this.random.nextInt(100);
		return roll < 70 ? "HIGH" : roll < 90 ? "MEDIUM" : "STANDARD";
	}

	private List<Perpetrator> perpetrators(DemoPerson victim, LocalDate openedOn) {
		int roll = this.random.nextInt(100);
		String relationship = roll < 45 ? "EX_PARTNER" : roll < 85 ? "PARTNER" : "FAMILY_MEMBER";
		List<Perpetrator> perpetrators = new ArrayList<>();
		perpetrators.add(new Perpetrator(this.people.perpetrator(victim, relationship, openedOn), relationship));
		if (!relationship.equals("FAMILY_MEMBER") && this.random.nextInt(100) < 10) {
			perpetrators.add(new Perpetrator(this.people.perpetrator(victim, "FAMILY_MEMBER", openedOn),
					"FAMILY_MEMBER"));
		}
		return perpetrators;
	}

	/** Children live in about half the households; none where the victim is too young to be a parent. */
	private List<DemoPerson> children(DemoPerson victim, LocalDate openedOn) {
		boolean adult = openedOn.getYear() - victim.dateOfBirth().getYear() >= 20;
		if (!adult || this.random.nextInt(100) >= 55) {
			return List.of();
		}
		List<DemoPerson> children = new ArrayList<>();
		int count = 1 + this.random.nextInt(3);
		for (int i = 0; i < count; i++) {
			children.add(this.people.child(victim, victim.familyName(), openedOn));
		}
		return children;
	}

	/** Two to five agencies, always police or the IDVA service; the IDVA service on restricted cases. */
	private List<DemoAgency> agencies(String riskLevel, boolean children, boolean restricted) {
		int wanted = 2 + this.random.nextInt(4);
		Set<DemoAgency> agencies = new LinkedHashSet<>();
		if (restricted || (riskLevel.equals("HIGH") && this.random.nextInt(100) < 75)) {
			agencies.addAll(List.of(POLICE, IDVA));
		}
		else {
			agencies.add(this.random.nextInt(100) < 70 ? POLICE : IDVA);
		}
		if (children && agencies.size() < wanted && this.random.nextInt(100) < 80) {
			agencies.add(CHILDRENS_SOCIAL_CARE);
		}
		if (children && agencies.size() < wanted && this.random.nextInt(100) < 40) {
			agencies.add(EDUCATION);
		}
		while (agencies.size() < wanted) {
			agencies.add(Heritage.pick(this.random, PARTNERS));
		}
		return List.copyOf(agencies);
	}

}

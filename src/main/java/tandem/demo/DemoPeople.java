package tandem.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import tandem.demo.DemoPerson.Alias;
import tandem.demo.DemoPerson.Equality;

/** Makes up fictional victims, perpetrators and children from the name pools, all from one seeded random source. */
final class DemoPeople {

	/** Names written in their own script, stored as written, with the Latin spelling agencies use as an alias. */
	private static final List<Written> IN_OWN_SCRIPT = List.of(
			new Written("Наталія", "Коваленко", "Nataliia", "Kovalenko", "White: Other White", "Ukrainian"),
			new Written("ليلى", "منصور", "Layla", "Mansour", "Other ethnic group: Arab", "Arabic"),
			new Written("美玲", "陈", "Mei Ling", "Chen", "Asian or Asian British: Chinese", "Cantonese"),
			new Written("শাহানা", "খাতুন", "Shahana", "Khatun", "Asian or Asian British: Bangladeshi", "Bengali"),
			new Written("Ελένη", "Παππά", "Eleni", "Pappa", "White: Other White", "Greek"),
			new Written("ਹਰਪ੍ਰੀਤ", "ਗਿੱਲ", "Harpreet", "Gill", "Asian or Asian British: Indian", "Punjabi"));

	private final Random random;

	private final DemoContacts contacts;

	private int nextWritten;

	DemoPeople(Random random) {
		this.random = random;
		this.contacts = new DemoContacts(random);
	}

	DemoPerson victim(DemoArea area, LocalDate openedOn, boolean ownScript, boolean inRefuge) {
		String gender = chance(94) ? "FEMALE" : "MALE";
		LocalDate dateOfBirth = bornAged(victimAge(), openedOn);
		if (ownScript) {
			Written name = IN_OWN_SCRIPT.get(this.nextWritten++ % IN_OWN_SCRIPT.size());
			Equality equality = equality(name.ethnicity(), name.language());
			return new DemoPerson(id(), name.given(), name.family(), dateOfBirth, "FEMALE", equality,
					inRefuge ? area.refugeNote() : null, List.of(new Alias(name.latinGiven(), name.latinFamily())),
					inRefuge ? this.contacts.inRefuge()
							: this.contacts.atHome(area, name.latinGiven(), name.latinFamily()));
		}
		Heritage heritage = Heritage.draw(this.random);
		String given = heritage.givenName(this.random, gender);
		String family = heritage.familyName(this.random);
		Equality equality = equality(heritage.ethnicity(this.random), heritage.firstLanguage(this.random));
		// A previous family name is the most common alias agencies hold a victim under.
		List<Alias> aliases = chance(30) ? List.of(new Alias(given, heritage.familyName(this.random))) : List.of();
		return new DemoPerson(id(), given, family, dateOfBirth, gender, equality,
				inRefuge ? area.refugeNote() : null, aliases,
				inRefuge ? this.contacts.inRefuge() : this.contacts.atHome(area, given, family));
	}

	DemoPerson perpetrator(DemoPerson victim, String relationship, LocalDate openedOn) {
		boolean family = relationship.equals("FAMILY_MEMBER");
		String gender = family ? (chance(80) ? "MALE" : "FEMALE") : partnerGender(victim);
		int victimAge = openedOn.getYear() - victim.dateOfBirth().getYear();
		// A family member is an adult son or daughter of an older victim, otherwise a sibling or partner of like age.
		int age = family && victimAge > 40 ? Math.max(16, victimAge - 18 - this.random.nextInt(10))
				: Math.max(17, victimAge - 4 + this.random.nextInt(10));
		Heritage heritage = Heritage.draw(this.random);
		String given = heritage.givenName(this.random, gender);
		String familyName = family ? victim.familyName() : heritage.familyName(this.random);
		List<Alias> aliases = chance(20) ? List.of(new Alias(heritage.givenName(this.random, gender), familyName))
				: List.of();
		return new DemoPerson(id(), given, familyName, bornAged(age, openedOn), gender, null, null, aliases,
				List.of());
	}

	/** A child in the household, born when the victim was at least 17; children stay with a victim in refuge. */
	DemoPerson child(DemoPerson victim, String familyName, LocalDate openedOn) {
		String gender = chance(50) ? "FEMALE" : "MALE";
		Heritage heritage = Heritage.draw(this.random);
		int oldest = Math.min(15, openedOn.getYear() - victim.dateOfBirth().getYear() - 17);
		return new DemoPerson(id(), heritage.givenName(this.random, gender), familyName,
				bornAged(this.random.nextInt(Math.max(1, oldest + 1)), openedOn), gender, null, victim.locationNote(),
				List.of(), List.of());
	}

	/** Random but repeatable ids (version 4 layout), so that the same seed gives the same demo every time. */
	UUID id() {
		long high = (this.random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (this.random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

	private Equality equality(String ethnicity, String language) {
		String disability = weighted("Yes", 10, "No", 80, "Not stated");
		int roll = this.random.nextInt(100);
		String orientation = roll < 2 ? "Gay or lesbian" : roll < 4 ? "Bisexual"
				: roll < 14 ? "Prefer not to say" : "Straight or heterosexual";
		String genderIdentity = weighted("Different from sex registered at birth", 2, "Prefer not to say", 8,
				"Same as sex registered at birth");
		String religion = List.of("Urdu", "Arabic", "Bengali").contains(language) && chance(70) ? "Muslim"
				: Heritage.pick(this.random, List.of("No religion", "No religion", "Christian", "Christian", "Muslim",
						"Hindu", "Sikh", "Jewish", "Prefer not to say"));
		boolean interpreter = !language.equals(Heritage.ENGLISH) && chance(40);
		return new Equality(ethnicity, disability, orientation, genderIdentity, religion, language, interpreter);
	}

	private String partnerGender(DemoPerson victim) {
		boolean sameSex = victim.equality() != null && victim.equality().sexualOrientation().equals("Gay or lesbian");
		boolean male = victim.gender().equals("MALE") ? (sameSex || chance(25)) : (!sameSex && chance(95));
		return male ? "MALE" : "FEMALE";
	}

	/** Mostly 20 to 45, a few older, a very few aged 16 or 17, as in the national Marac dataset. */
	private int victimAge() {
		if (chance(2)) {
			return 16 + this.random.nextInt(2);
		}
		if (chance(8)) {
			return 50 + this.random.nextInt(28);
		}
		return 18 + this.random.nextInt(10) + this.random.nextInt(10) + this.random.nextInt(9);
	}

	private LocalDate bornAged(int age, LocalDate on) {
		return on.minusYears(age).minusDays(this.random.nextInt(365));
	}

	private String weighted(String first, int firstPercent, String second, int secondPercent, String otherwise) {
		int roll = this.random.nextInt(100);
		return roll < firstPercent ? first : roll < firstPercent + secondPercent ? second : otherwise;
	}

	private boolean chance(int percent) {
		return this.random.nextInt(100) < percent;
	}

	private record Written(String given, String family, String latinGiven, String latinFamily, String ethnicity,
			String language) {
	}

}

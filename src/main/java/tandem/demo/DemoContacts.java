package tandem.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tandem.demo.DemoPerson.Contact;

/**
 * Contact details for fictional victims. Phone numbers come from Ofcom's range reserved for drama (07700 900xxx)
 * and e-mail addresses from the reserved example.org domain, so none reaches a real person. Towns are invented.
 */
final class DemoContacts {

	private static final List<String> SAFE_TIMES = List.of("Weekdays 09:30 to 11:30", "Tuesday and Thursday mornings",
			"After 18:00 on weekdays", "Weekday lunchtimes, 12:00 to 13:30", "Saturday mornings before 10:00");

	private static final List<String> STREETS = List.of("Larch Close", "Kestrel Way", "Tanner's Row", "Bramble Court",
			"Quarry Hill Road", "Ashgrove Terrace", "Weaver Street", "Old Mill Lane");

	private final Random random;

	private int nextPhone;

	DemoContacts(Random random) {
		this.random = random;
	}

	/** Someone in a refuge: a new phone and nothing that could lead to the refuge. */
	List<Contact> inRefuge() {
		return List.of(new Contact("PHONE", phoneNumber(), true, pickSafeTimes(), "New phone given in refuge"));
	}

	List<Contact> atHome(DemoArea area, String givenName, String familyName) {
		List<Contact> contacts = new ArrayList<>();
		if (chance(90)) {
			contacts.addAll(phones());
		}
		if (chance(35)) {
			boolean shared = chance(20);
			contacts.add(new Contact("EMAIL", emailFor(givenName, familyName), !shared, null,
					shared ? "Shared account: the perpetrator can read it" : null));
		}
		if (chance(40)) {
			boolean known = chance(40);
			contacts.add(new Contact("ADDRESS", address(area), !known, null,
					known ? "The perpetrator knows this address: no letters" : null));
		}
		return contacts;
	}

	private List<Contact> phones() {
		if (chance(70)) {
			return List.of(new Contact("PHONE", phoneNumber(), true, chance(50) ? pickSafeTimes() : null, null));
		}
		// An unsafe phone: the perpetrator may see it, so it is only used in the agreed window, and often a friend's
		// phone is the safe way to reach her.
		Contact unsafe = new Contact("PHONE", phoneNumber(), false, pickSafeTimes(),
				"The perpetrator may see this phone: no voicemail, no texts");
		if (chance(50)) {
			return List.of(unsafe, new Contact("PHONE", phoneNumber(), true, pickSafeTimes(),
					"A friend's phone, agreed as safe"));
		}
		return List.of(unsafe);
	}

	private String phoneNumber() {
		String number = "07700 900%03d".formatted(this.nextPhone);
		this.nextPhone = (this.nextPhone + 1) % 1000;
		return number;
	}

	private String emailFor(String givenName, String familyName) {
		String given = ascii(givenName);
		String local = (given.isEmpty() ? "" : given.charAt(0) + ".") + ascii(familyName);
		return local.toLowerCase() + this.random.nextInt(100) + "@example.org";
	}

	/** Latin letters only, accents dropped, for an e-mail address; names themselves keep their accents. */
	private static String ascii(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD).replace('Ł', 'L').replace('ł', 'l')
			.replaceAll("[^A-Za-z]", "");
	}

	private String address(DemoArea area) {
		String town = area == DemoArea.NORTH ? Heritage.pick(this.random, List.of("Brackenholme", "Norwick Fell"))
				: Heritage.pick(this.random, List.of("Southmere", "Wealdbury Cross"));
		return (1 + this.random.nextInt(120)) + " " + Heritage.pick(this.random, STREETS) + ", " + town;
	}

	private String pickSafeTimes() {
		return Heritage.pick(this.random, SAFE_TIMES);
	}

	private boolean chance(int percent) {
		return this.random.nextInt(100) < percent;
	}

}

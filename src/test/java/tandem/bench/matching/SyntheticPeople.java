package tandem.bench.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import tandem.matching.PersonRecord;

/**
 * Invented people for the scale benchmark, seeded: about one person in four is recorded again by another agency with
 * the errors agencies make (typos, nicknames, swapped names, a married surname, transposed or mistyped dates of birth,
 * a new address, missing fields). Names follow a skewed distribution, as real ones do, so blocks are uneven.
 */
final class SyntheticPeople {

	private static final String[] GIVEN = ("william elizabeth margaret robert catherine james john mary thomas sarah "
			+ "richard susan michael patricia charles jennifer joseph rebecca daniel jessica matthew emily andrew "
			+ "samantha christopher victoria anthony rachel edward hannah david amara beth carys dana elin farah gwen "
			+ "hana isla jodie kiran lena maya nia orla priya rhian sana tess una vera wren yasmin zofia agnieszka "
			+ "chloe siobhan zeynep ngozi mei aled bilal callum dev emeka finn gareth harun idris jonah kai lewis marek "
			+ "niall omar piotr rory sami tomas umar vikram wyn yusuf zack dariusz jose sean kwame hamza ravi alexander "
			+ "benjamin frederick harold henry jacob jonathan kenneth lawrence nicholas peter philip samuel stephen "
			+ "timothy walter abigail alison amanda caroline charlotte deborah dorothy eleanor frances gillian helen "
			+ "isabel jacqueline janet josephine judith louise nicola penelope rosemary stephanie theodore").split(" ");

	private static final Map<String, String> NICKNAMES = Map.ofEntries(Map.entry("william", "bill"),
			Map.entry("elizabeth", "liz"), Map.entry("margaret", "peggy"), Map.entry("robert", "bob"),
			Map.entry("catherine", "kate"), Map.entry("james", "jim"), Map.entry("thomas", "tom"),
			Map.entry("richard", "dick"), Map.entry("michael", "mike"), Map.entry("joseph", "joe"),
			Map.entry("rebecca", "becky"), Map.entry("daniel", "dan"), Map.entry("matthew", "matt"),
			Map.entry("andrew", "andy"), Map.entry("samantha", "sam"), Map.entry("christopher", "chris"),
			Map.entry("victoria", "vicky"), Map.entry("anthony", "tony"), Map.entry("edward", "ted"));

	private static final String[] FRONT = ("ash brack cal dun elm fen gorr hal ives jess kell lark marl nor orrin pell "
			+ "quill rav sorr tull umber vell wick yarr bram cor dray fal hast").split(" ");

	private static final String[] MIDDLE = "er in ow ab ed on is ul ar el".split(" ");

	private static final String[] BACK = ("beck holt thorne mere dine cote shaw stead ley row sby ford gate bury "
			+ "fery wick ton ham well worth").split(" ");

	private static final String[] STREET_ENDS = { "road", "street", "close", "lane", "avenue", "way" };

	private final SplittableRandom random;

	SyntheticPeople(long seed) {
		this.random = new SplittableRandom(seed);
	}

	/** {@code count} records; {@code entities[i]} is the true person of record i. */
	List<PersonRecord> generate(int count, int[] entities) {
		List<PersonRecord> records = new ArrayList<>(count);
		int entity = 0;
		while (records.size() < count) {
			PersonRecord original = person(entity);
			entities[records.size()] = entity;
			records.add(original);
			double roll = this.random.nextDouble();
			int copies = roll < 0.75 ? 0 : roll < 0.93 ? 1 : roll < 0.98 ? 2 : 3;
			for (int c = 0; c < copies && records.size() < count; c++) {
				entities[records.size()] = entity;
				records.add(corrupt(original, entity + "-" + (c + 1)));
			}
			entity++;
		}
		return records;
	}

	/** A new person, not a copy of anyone (the queries of the look-up benchmark that should find nobody). */
	PersonRecord person(int id) {
		String given = GIVEN[skewed(GIVEN.length)];
		String family = FRONT[skewed(FRONT.length)] + MIDDLE[this.random.nextInt(MIDDLE.length)]
				+ BACK[skewed(BACK.length)];
		int year = 1940 + this.random.nextInt(68);
		return new PersonRecord(Integer.toString(id), List.of(new PersonRecord.Name(given, family)), year,
				1 + this.random.nextInt(12), 1 + this.random.nextInt(28), this.random.nextBoolean() ? "F" : "M",
				address(), postcode(), null);
	}

	/** A copy of {@code p} as another agency might record them: one to three errors. */
	PersonRecord corrupt(PersonRecord p, String id) {
		String given = p.names().getFirst().given();
		String family = p.names().getFirst().family();
		Integer year = p.birthYear();
		Integer month = p.birthMonth();
		Integer day = p.birthDay();
		String address = p.address();
		String postcode = p.postcode();
		int errors = 1 + this.random.nextInt(3);
		for (int e = 0; e < errors; e++) {
			switch (this.random.nextInt(10)) {
				case 0 -> given = typo(given);
				case 1 -> family = typo(family);
				case 2 -> given = NICKNAMES.getOrDefault(given, typo(given));
				case 3 -> {
					String swap = given;
					given = family;
					family = swap;
				}
				case 4 -> family = FRONT[skewed(FRONT.length)] + MIDDLE[this.random.nextInt(MIDDLE.length)]
						+ BACK[skewed(BACK.length)];
				case 5 -> {
					if (day != null && month != null && day <= 12) {
						int swap = month;
						month = day;
						day = swap;
					}
				}
				case 6 -> day = day == null ? null : Math.max(1, Math.min(28, day + (this.random.nextBoolean() ? 10 : -10)));
				case 7 -> {
					address = address();
					postcode = postcode();
				}
				case 8 -> year = year == null || this.random.nextInt(4) == 0 ? null
						: year + (this.random.nextBoolean() ? 1 : -1);
				default -> postcode = null;
			}
		}
		return new PersonRecord(id, List.of(new PersonRecord.Name(given, family)), year, year == null ? null : month,
				year == null ? null : day, p.sex(), address, postcode, null);
	}

	private String typo(String word) {
		if (word.length() < 3) {
			return word;
		}
		int at = 1 + this.random.nextInt(word.length() - 2);
		char letter = (char) ('a' + this.random.nextInt(26));
		return switch (this.random.nextInt(4)) {
			case 0 -> word.substring(0, at) + letter + word.substring(at + 1);
			case 1 -> word.substring(0, at) + letter + word.substring(at);
			case 2 -> word.substring(0, at) + word.substring(at + 1);
			default -> word.substring(0, at - 1) + word.charAt(at) + word.charAt(at - 1) + word.substring(at + 1);
		};
	}

	private String address() {
		return (1 + this.random.nextInt(200)) + " " + FRONT[this.random.nextInt(FRONT.length)]
				+ MIDDLE[this.random.nextInt(MIDDLE.length)] + BACK[this.random.nextInt(BACK.length)] + " "
				+ STREET_ENDS[this.random.nextInt(STREET_ENDS.length)]
				+ " " + FRONT[this.random.nextInt(FRONT.length)] + "ton";
	}

	private String postcode() {
		return "" + (char) ('A' + this.random.nextInt(26)) + (char) ('A' + this.random.nextInt(26))
				+ (1 + this.random.nextInt(30)) + " " + this.random.nextInt(10) + (char) ('A' + this.random.nextInt(26))
				+ (char) ('A' + this.random.nextInt(26));
	}

	/** Lower indexes far more often (a roughly Zipf-like spread): some names are common, most are rare. */
	private int skewed(int size) {
		return (int) Math.min(size - 1, Math.floor(size * Math.pow(this.random.nextDouble(), 2.5)));
	}

}

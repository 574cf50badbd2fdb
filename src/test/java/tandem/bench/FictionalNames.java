package tandem.bench;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Names for synthetic people that are plainly invented: family names are built from syllables that form no common
 * surname, so no generated record can be mistaken for a real person's.
 */
final class FictionalNames {

	private static final List<String> FEMALE = List.of("Amara", "Beth", "Carys", "Dana", "Elin", "Farah", "Gwen",
			"Hana", "Isla", "Jodie", "Kiran", "Lena", "Maya", "Nia", "Orla", "Priya", "Rhian", "Sana", "Tess", "Una",
			"Vera", "Wren", "Yasmin", "Zofia", "Agnieszka", "Chloé", "Siobhán", "Zeynep", "Ngozi", "Mei");

	private static final List<String> MALE = List.of("Aled", "Bilal", "Callum", "Dev", "Emeka", "Finn", "Gareth",
			"Harun", "Idris", "Jonah", "Kai", "Lewis", "Marek", "Niall", "Omar", "Piotr", "Rory", "Sami", "Tomas",
			"Umar", "Vikram", "Wyn", "Yusuf", "Zack", "Dariusz", "José", "Seán", "Kwame", "Hamza", "Ravi");

	private static final List<String> FRONT = List.of("Ash", "Brack", "Cal", "Dun", "Elm", "Fen", "Gorr", "Hal",
			"Ives", "Jess", "Kell", "Lark", "Marl", "Nor", "Orrin", "Pell", "Quill", "Rav", "Sorr", "Tull", "Umber",
			"Vell", "Wick", "Yarr");

	private static final List<String> BACK = List.of("abeck", "enholt", "ithorne", "owmere", "ardine", "elcote",
			"inshaw", "ustead", "ockley", "arrow", "ensby", "iford", "ogate", "umbury", "affery", "enwick");

	private FictionalNames() {
	}

	static String givenName(RandomGenerator random, boolean female) {
		List<String> names = female ? FEMALE : MALE;
		return names.get(random.nextInt(names.size()));
	}

	static String familyName(RandomGenerator random) {
		return FRONT.get(random.nextInt(FRONT.size())) + BACK.get(random.nextInt(BACK.size()));
	}

}

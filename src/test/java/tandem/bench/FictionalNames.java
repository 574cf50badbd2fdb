package tandem.bench;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Names for synthetic people that are plainly invented: family names are built from syllables that form no common
 * surname, so no generated record can be mistaken for a real person's. Both kinds follow a Zipf-like spread, as real
 * names do: a few are common (the commonest family name is held by about one person in a hundred, as Smith is in
 * England and Wales) and most are rare. How many people share a name decides how many a matching key brings, so a
 * uniform handful of names would make every look-up of the benchmarks far costlier than a partnership's.
 */
final class FictionalNames {

	/** In order of how common each is. */
	private static final List<String> FEMALE = List.of(("Sarah Emma Amara Laura Jodie Rebecca Hannah Chloe Maya "
			+ "Elizabeth Isla Priya Gemma Nia Kirsty Amy Farah Lucy Rhian Zofia Margaret Siobhan Leanne Yasmin Carys "
			+ "Natalie Ngozi Beth Agnieszka Charlotte Dana Elin Gwen Hana Kiran Lena Orla Sana Tess Una Vera Wren "
			+ "Zeynep Mei Victoria Samantha Rachel Joanne Catherine Stacey Danielle Shannon Aisha Fatima Amina Olivia "
			+ "Grace Megan Bethany Abigail Alison Amanda Caroline Deborah Dorothy Eleanor Frances Gillian Helen Isabel "
			+ "Janet Josephine Judith Louise Nicola Penelope Rosemary Stephanie Anita Bronwen Ceri Delyth Eilidh Fiona "
			+ "Gulnaz Hafsa Ifeoma Jasmin Kasia Lowri Marta Nadia Oksana Paulina Roisin Shabnam Teresa").split(" "));

	private static final List<String> MALE = List.of(("James David Callum Mohammed Daniel Lewis Thomas Omar Ryan "
			+ "William Liam Dev Michael Jack Bilal Robert Gareth Kai Finn Marek Andrew Emeka Rory Joseph Piotr Niall "
			+ "Christopher Aled Harun Idris Jonah Sami Tomas Umar Vikram Wyn Yusuf Zack Dariusz Jose Sean Kwame Hamza "
			+ "Ravi Matthew Anthony Richard Edward Steven Paul Mark Craig Darren Jamie Connor Kieran Adam Ali Ahmed "
			+ "Imran Tariq Alexander Benjamin Frederick Harold Henry Jacob Jonathan Kenneth Lawrence Nicholas Peter "
			+ "Philip Samuel Stephen Timothy Walter Arjun Bogdan Cian Dylan Eoin Faisal Gethin Hassan Ifan Jakub Krzysztof "
			+ "Luca Mihai Nathaniel Osagie Pawel Rhys Sanjay").split(" "));

	private static final String[] FRONT = ("Ash Brack Cal Dun Elm Fen Gorr Hal Ives Jess Kell Lark Marl Nor Orrin Pell "
			+ "Quill Rav Sorr Tull Umber Vell Wick Yarr Bram Cor Dray Fal Hast Ibb Jorr Kest Lud Murr Nab Osk Prew Rusk "
			+ "Skell Thrap Udd Vorr Wex Yell Zell Grib Hodd Plov").split(" ");

	private static final String[] MIDDLE = "|er|in|ow|ab|ed|on|is|ul|ar|el".split("\\|", -1);

	private static final String[] BACK = ("abeck enholt ithorne owmere ardine elcote inshaw ustead ockley arrow ensby "
			+ "iford ogate umbury affery enwick idge asby othwell urlow emby ickett orne aston ibury oddle ungate ashaw "
			+ "ewick illard opham").split(" ");

	private static final double[] FEMALE_SPREAD = cumulative(FEMALE.size(), 0.4);

	private static final double[] MALE_SPREAD = cumulative(MALE.size(), 0.4);

	private static final double[] FAMILY_SPREAD = cumulative(FRONT.length * MIDDLE.length * BACK.length, 0.6);

	private FictionalNames() {
	}

	static String givenName(RandomGenerator random, boolean female) {
		return female ? FEMALE.get(rank(random, FEMALE_SPREAD)) : MALE.get(rank(random, MALE_SPREAD));
	}

	/** The family name of a rank: consecutive ranks differ in their first syllable, so the common ones look unlike. */
	static String familyName(RandomGenerator random) {
		int rank = rank(random, FAMILY_SPREAD);
		return FRONT[rank % FRONT.length] + MIDDLE[rank / FRONT.length % MIDDLE.length]
				+ BACK[rank / (FRONT.length * MIDDLE.length)];
	}

	/** Shares falling as 1/rank^exponent, accumulated: the commoner the name, the wider its slice of [0, 1). */
	private static double[] cumulative(int size, double exponent) {
		double[] shares = new double[size];
		double total = 0;
		for (int rank = 0; rank < size; rank++) {
			total += Math.pow(rank + 1, -exponent);
			shares[rank] = total;
		}
		for (int rank = 0; rank < size; rank++) {
			shares[rank] /= total;
		}
		return shares;
	}

	private static int rank(RandomGenerator random, double[] spread) {
		int found = Arrays.binarySearch(spread, random.nextDouble());
		return Math.min(spread.length - 1, found >= 0 ? found + 1 : -found - 1);
	}

}

package tandem.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A pool of plainly fictional names that belong together, with the equality data that goes with them. Names from
 * these pools are combined at random, so no demo person is anyone real.
 *
 * @param weight how often the pool is drawn, roughly in line with the national Marac dataset (about 14% of victims
 * Black, Asian or racially minoritised)
 */
record Heritage(int weight, List<String> femaleNames, List<String> maleNames, List<String> familyNames,
		List<String> ethnicities, String language) {

	static final String ENGLISH = "English";

	static final List<Heritage> ALL = List.of(
			new Heritage(70,
					List.of("Amelia", "Sophie", "Charlotte", "Rebecca", "Gemma", "Kirsty", "Leanne", "Danielle",
							"Nicola", "Stacey", "Joanne", "Claire", "Bethan", "Carys", "Niamh", "Siobhán", "Zoë",
							"Chloé", "Renée", "Hollie", "Megan", "Jade"),
					List.of("James", "Daniel", "Liam", "Ryan", "Jamie", "Craig", "Darren", "Wayne", "Dean", "Scott",
							"Connor", "Kyle", "Callum", "Gareth", "Rhys", "Ciarán", "Seán", "Declan"),
					List.of("Ashworth", "Barraclough", "Calloway", "Denholm", "Eckersley", "Fairbrother", "Gilmore",
							"Hargreaves", "Ingleby", "Jowett", "Kershaw", "Lomax", "Metcalfe", "Oldroyd", "Pickering",
							"Quarmby", "Rawlinson", "Sutcliffe", "Thackeray", "Varley", "Whitaker", "Yardley",
							"O'Brien", "Ó Briain", "MacLeod", "Pryce"),
					withShares("White: English, Welsh, Scottish, Northern Irish or British", 17, "White: Irish", 2,
							"Mixed or multiple ethnic groups: White and Black Caribbean", 1),
					ENGLISH),
			new Heritage(5, List.of("Agnieszka", "Małgorzata", "Łucja", "Zofia"),
					List.of("Tomasz", "Paweł", "Mateusz", "Łukasz"), List.of("Nowak", "Kowalczyk", "Zając", "Wójcik"),
					List.of("White: Other White"), "Polish"),
			new Heritage(3, List.of("Ioana", "Roxana", "Andreea"), List.of("Andrei", "Mihai", "Bogdan"),
					List.of("Popescu", "Ionescu", "Munteanu"), List.of("White: Other White", "White: Roma"),
					"Romanian"),
			new Heritage(3, List.of("Lucía", "Inés", "Joana"), List.of("José", "João", "Álvaro"),
					List.of("Jiménez", "Núñez", "Gonçalves"), List.of("White: Other White"), "Portuguese"),
			new Heritage(9, List.of("Ayesha", "Nasreen", "Priya", "Sana", "Rukhsana", "Harleen"),
					List.of("Imran", "Tariq", "Arjun", "Faisal", "Sanjay"),
					List.of("Akhtar", "Hussain", "Mistry", "Chowdhury", "Rahman", "Sandhu"),
					List.of("Asian or Asian British: Pakistani", "Asian or Asian British: Indian",
							"Asian or Asian British: Bangladeshi"),
					"Urdu"),
			new Heritage(7, List.of("Grace", "Chiamaka", "Abena", "Shanice", "Tanisha"),
					List.of("Kwame", "Tyrone", "Emeka", "Kofi", "Jermaine"),
					List.of("Mensah", "Okafor", "Adeyemi", "Boateng", "Thorne", "Gayle"),
					List.of("Black, Black British, Caribbean or African: African",
							"Black, Black British, Caribbean or African: Caribbean",
							"Mixed or multiple ethnic groups: White and Black African"),
					ENGLISH));

	/** Categories repeated by their share, so that a uniform pick follows the shares. */
	private static List<String> withShares(String first, int firstShare, String second, int secondShare, String third,
			int thirdShare) {
		List<String> categories = new ArrayList<>(Collections.nCopies(firstShare, first));
		categories.addAll(Collections.nCopies(secondShare, second));
		categories.addAll(Collections.nCopies(thirdShare, third));
		return List.copyOf(categories);
	}

	static Heritage draw(Random random) {
		int total = ALL.stream().mapToInt(Heritage::weight).sum();
		int pick = random.nextInt(total);
		for (Heritage heritage : ALL) {
			pick -= heritage.weight;
			if (pick < 0) {
				return heritage;
			}
		}
		throw new IllegalStateException("weights do not add up");
	}

	String givenName(Random random, String gender) {
		return pick(random, "MALE".equals(gender) ? this.maleNames : this.femaleNames);
	}

	String familyName(Random random) {
		return pick(random, this.familyNames);
	}

	String ethnicity(Random random) {
		return pick(random, this.ethnicities);
	}

	/** Most people from a heritage with its own language speak English first; some do not. */
	String firstLanguage(Random random) {
		return this.language.equals(ENGLISH) || random.nextInt(10) < 6 ? ENGLISH : this.language;
	}

	static <T> T pick(Random random, List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

}

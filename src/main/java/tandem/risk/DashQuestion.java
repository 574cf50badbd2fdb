package tandem.risk;

/**
 * The 24 questions of the SafeLives Dash risk checklist, in the checklist's order, worded plainly for the person
 * asking. Our own wording of each question's topic; the checklist itself is SafeLives' copyright.
 */
public enum DashQuestion {

	Q1("Was the victim injured in the latest incident?"),
	Q2("Is the victim very frightened?"),
	Q3("Is the victim afraid of further injury, violence or being killed, for themselves or others?"),
	Q4("Does the abuser cut the victim off from family, friends, their GP or others?"),
	Q5("Is the victim feeling depressed or having thoughts of suicide?"),
	Q6("Has the victim separated, or tried to separate, from the abuser in the last year?"),
	Q7("Is there conflict over contact with children?"),
	Q8("Does the abuser keep texting, calling, following, stalking or harassing the victim?"),
	Q9("Is the victim pregnant, or have they had a baby in the last 18 months?"),
	Q10("Is the abuse happening more often?"),
	Q11("Is the abuse getting worse?"),
	Q12("Does the abuser try to control everything the victim does, or are they very jealous?"),
	Q13("Has the abuser ever used a weapon or an object to hurt the victim?"),
	Q14("Has the abuser ever threatened to kill the victim or someone else, and did the victim believe them?"),
	Q15("Has the abuser ever tried to strangle, choke, suffocate or drown the victim?"),
	Q16("Does the abuser do or say sexual things that make the victim feel bad or that hurt them or someone else?"),
	Q17("Is there anyone else who has threatened the victim or whom the victim is afraid of?"),
	Q18("Does the victim know of the abuser hurting anyone else, such as children, relatives or ex-partners?"),
	Q19("Has the abuser ever hurt an animal or the family pet?"),
	Q20("Are there money problems, such as the victim depending on the abuser or the abuser losing their job?"),
	Q21("In the last year, has the abuser had problems with drugs, alcohol or mental health affecting daily life?"),
	Q22("Has the abuser ever threatened or attempted suicide?"),
	Q23("Has the abuser ever broken bail, an injunction or an agreement about seeing the victim or children?"),
	Q24("Does the victim know of the abuser being in trouble with the police or having a criminal record?");

	private final String text;

	DashQuestion(String text) {
		this.text = text;
	}

	public String text() {
		return this.text;
	}

	/** The question's number on the checklist, 1 to 24. */
	public int number() {
		return ordinal() + 1;
	}

	/** The API's key for this question, {@code q1} to {@code q24}. */
	public String key() {
		return "q" + number();
	}

}

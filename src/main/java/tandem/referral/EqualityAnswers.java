package tandem.referral;

/**
 * The equality monitoring answers a referral may carry (reference/domain.md §9), as stable codes for storage and the
 * API with the words the pages show. Every question may be left unanswered, and each has "prefer not to say": the
 * data serves the partnership's equality reporting, never casework.
 */
final class EqualityAnswers {

	private EqualityAnswers() {
	}

	/** The ONS 2021 census categories for England and Wales, each under its group. */
	enum Ethnicity {

		ASIAN_BANGLADESHI(Group.ASIAN, "Bangladeshi"), ASIAN_CHINESE(Group.ASIAN, "Chinese"),
		ASIAN_INDIAN(Group.ASIAN, "Indian"), ASIAN_PAKISTANI(Group.ASIAN, "Pakistani"),
		ASIAN_OTHER(Group.ASIAN, "Any other Asian background"),
		BLACK_AFRICAN(Group.BLACK, "African"), BLACK_CARIBBEAN(Group.BLACK, "Caribbean"),
		BLACK_OTHER(Group.BLACK, "Any other Black, Black British or Caribbean background"),
		MIXED_WHITE_ASIAN(Group.MIXED, "White and Asian"),
		MIXED_WHITE_BLACK_AFRICAN(Group.MIXED, "White and Black African"),
		MIXED_WHITE_BLACK_CARIBBEAN(Group.MIXED, "White and Black Caribbean"),
		MIXED_OTHER(Group.MIXED, "Any other Mixed or multiple ethnic background"),
		WHITE_BRITISH(Group.WHITE, "English, Welsh, Scottish, Northern Irish or British"),
		WHITE_IRISH(Group.WHITE, "Irish"), WHITE_GYPSY_OR_IRISH_TRAVELLER(Group.WHITE, "Gypsy or Irish Traveller"),
		WHITE_ROMA(Group.WHITE, "Roma"), WHITE_OTHER(Group.WHITE, "Any other White background"),
		OTHER_ARAB(Group.OTHER, "Arab"), OTHER_ANY(Group.OTHER, "Any other ethnic group"),
		PREFER_NOT_TO_SAY(null, "Prefer not to say");

		private final Group group;

		private final String label;

		Ethnicity(Group group, String label) {
			this.group = group;
			this.label = label;
		}

		Group group() {
			return this.group;
		}

		/** The category on its own, as shown under its group. */
		String label() {
			return this.label;
		}

		/** The category with its group, as shown where the group is not. */
		String fullLabel() {
			return this.group == null ? this.label : this.group.label + ": " + this.label;
		}

	}

	enum Group {

		ASIAN("Asian, Asian British or Asian Welsh"), BLACK("Black, Black British, Black Welsh, Caribbean or African"),
		MIXED("Mixed or multiple ethnic groups"), WHITE("White"), OTHER("Other ethnic group");

		private final String label;

		Group(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

	}

	/** Whether the victim has a disability as the Equality Act 2010 defines it. */
	enum Disability {
		YES, NO, PREFER_NOT_TO_SAY
	}

	enum SexualOrientation {
		STRAIGHT_OR_HETEROSEXUAL, GAY_OR_LESBIAN, BISEXUAL, OTHER, PREFER_NOT_TO_SAY
	}

	/** Whether the victim's gender identity is the same as the sex they were registered at birth. */
	enum GenderIdentity {
		YES, NO, PREFER_NOT_TO_SAY
	}

}

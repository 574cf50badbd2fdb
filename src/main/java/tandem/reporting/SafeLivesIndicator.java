package tandem.reporting;

import org.jspecify.annotations.Nullable;

/**
 * The figures of the SafeLives MARAC data return (domain.md §2.8), each counted over the cases heard at one meeting.
 * Each carries SafeLives' latest national figure and its recommended level, to be shown beside the area's.
 *
 * @param sql an aggregate over the heard cases of one meeting, aliased {@code h} (see {@link MaracReturnCounts})
 * @param shareOfCases whether the return gives it as a percentage of the cases heard as well as a number
 * @param national SafeLives' national figure for the 12 months to 30 September 2024
 * @param recommended SafeLives' recommended or expected level, where there is one
 */
enum SafeLivesIndicator {

	CASES("Cases heard", "Every case heard at the meeting, repeats included: one case is one victim and their "
			+ "perpetrator(s). A case moved or deferred to a later meeting counts at the meeting that heard it.",
			"count(h.item_id)", false, "119,985 cases", null),
	REPEATS("Repeat cases", "Cases listed as repeats, or heard on a referral Tandem found to be a repeat: the same "
			+ "victim and perpetrator referred to MARAC within the area's repeat window (12 months by default).",
			"count(h.item_id) filter (where h.repeat_case)", true, "31%", "28% to 40% (not confirmed)"),
	POLICE_REFERRALS("Referrals from the police", "Cases heard on a referral made by a police agency.",
			"count(h.item_id) filter (where h.sector = 'police')", true, "Not published", null),
	IDVA_REFERRALS("Referrals from IDVA services", "Cases heard on a referral made by an IDVA service.",
			"count(h.item_id) filter (where h.sector = 'idva')", true, "Not published", null),
	PARTNER_REFERRALS("Referrals from partner agencies",
			"Cases heard on a referral made by an agency that is neither police nor an IDVA service. SafeLives' exact "
					+ "definition was not confirmed; the police and IDVA counts let another be worked out.",
			"count(h.item_id) filter (where h.sector not in ('police', 'idva'))", true, "36.1%",
			"25% to 40% (commonly quoted, not confirmed)"),
	CASES_WITH_CHILDREN("Cases with children in the household",
			"Cases with at least one child recorded on the case.", "count(h.item_id) filter (where h.children > 0)",
			true, "Not published", null),
	CHILDREN("Children in the households", "The children recorded on the cases heard, as recorded on the case today.",
			"coalesce(sum(h.children), 0)", false, "148,270 children", null),
	MINORITISED("Black, Asian or racially minoritised victims",
			"Victims whose own answer places them in the Asian, Black, Mixed or Other ONS 2021 groups. White "
					+ "minorities (Irish, Gypsy or Irish Traveller, Roma, other White) are not counted, nor victims "
					+ "with no answer: the equality monitoring page shows every category.",
			"count(h.item_id) filter (where split_part(h.ethnicity, '_', 1) in ('ASIAN', 'BLACK', 'MIXED', 'OTHER'))",
			true, "14.1%", "In line with the area's population"),
	LGBT("LGBT+ victims", "Victims whose own answer is gay or lesbian, bisexual or another sexual orientation, or "
			+ "whose gender is not the same as their sex registered at birth.",
			"count(h.item_id) filter (where h.sexual_orientation in ('GAY_OR_LESBIAN', 'BISEXUAL', 'OTHER') "
					+ "or h.gender_identity = 'NO')",
			true, "1.6%", null),
	DISABLED("Victims with a disability", "Victims whose own answer is that they have a disability as the Equality "
			+ "Act 2010 defines it.", "count(h.item_id) filter (where h.disability = 'YES')", true, "10.1%", null),
	MALE("Male victims", "Victims whose recorded gender is male.", "count(h.item_id) filter (where h.gender = 'MALE')",
			true, "6.4%", null),
	AGED_16_17("Victims aged 16 or 17", "Victims aged 16 or 17 on the day of the meeting, from their date of birth.",
			"count(h.item_id) filter (where h.victim_age between 16 and 17)", true, "1.3% (1,568 victims)", null),
	YOUNG_PERPETRATORS("Perpetrators aged 17 or under",
			"Perpetrators recorded on the cases heard who were 17 or under on the day of the meeting, from their date "
					+ "of birth. A case with two such perpetrators counts two.",
			"coalesce(sum(h.young_perpetrators), 0)", false, "1,425 perpetrators", null);

	private final String label;

	private final String definition;

	private final String sql;

	private final boolean shareOfCases;

	private final String national;

	private final @Nullable String recommended;

	SafeLivesIndicator(String label, String definition, String sql, boolean shareOfCases, String national,
			@Nullable String recommended) {
		this.label = label;
		this.definition = definition;
		this.sql = sql;
		this.shareOfCases = shareOfCases;
		this.national = national;
		this.recommended = recommended;
	}

	public String label() {
		return this.label;
	}

	public String definition() {
		return this.definition;
	}

	String sql() {
		return this.sql;
	}

	boolean shareOfCases() {
		return this.shareOfCases;
	}

	public String national() {
		return this.national;
	}

	public String recommended() {
		return this.recommended == null ? "None published" : this.recommended;
	}

	/** The column's name in the CSV: the label in lower case with hyphens, e.g. {@code repeat-cases}. */
	String column() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}

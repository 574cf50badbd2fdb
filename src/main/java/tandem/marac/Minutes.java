package tandem.marac;

import java.util.List;

/**
 * A meeting's minutes as one reader may have them: attendance, observers and, for each case the reader is entitled to,
 * what was shared, the risks identified and the actions agreed. Marked OFFICIAL-SENSITIVE wherever shown.
 */
record Minutes(Meeting meeting, List<Meetings.Invitation> attendance, List<Meetings.Observer> observers,
		List<CaseMinutes> cases, int casesNotShown) {

	record CaseMinutes(AgendaRow row, List<MeetingScreen.SharedInformation> shared, List<Research.Shared> research,
			AgendaItems.Discussion discussion, List<ActionView> actions) {
	}

}

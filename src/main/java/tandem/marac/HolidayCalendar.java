package tandem.marac;

/** Which bank holidays an area's working days skip. Northern Ireland's are not modelled yet. */
public enum HolidayCalendar {

	ENGLAND_AND_WALES("England and Wales"), SCOTLAND("Scotland");

	private final String label;

	HolidayCalendar(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

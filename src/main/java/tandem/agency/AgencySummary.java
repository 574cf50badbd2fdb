package tandem.agency;

import java.util.UUID;

/** An agency as the administration pages show it. */
record AgencySummary(UUID id, UUID areaId, String areaCode, String code, String name, String sector, boolean active,
		int version) {

	/** The agency's partnership-wide code, e.g. {@code north-police}. */
	public String qualifiedCode() {
		return this.areaCode + "-" + this.code;
	}

	public String sectorLabel() {
		return Sector.labelOf(this.sector);
	}

	/** How the agency is offered in a list of agencies to choose from. */
	public String choiceLabel() {
		return this.name + " (" + qualifiedCode() + ")";
	}

}

package tandem.agency;

import java.io.Serializable;
import java.util.UUID;

/** Enough about an agency to decide access and to attribute what its people do. */
public record AgencyRef(UUID id, String code, String name, UUID areaId, String areaCode) implements Serializable {

	/** The agency's partnership-wide code, e.g. {@code north-police}. */
	public String qualifiedCode() {
		return this.areaCode + "-" + this.code;
	}

}

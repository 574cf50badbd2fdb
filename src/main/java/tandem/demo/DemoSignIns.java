package tandem.demo;

import java.util.List;
import java.util.Set;

import tandem.agency.Role;

import static tandem.demo.DemoAgency.ACUTE_HEALTH;
import static tandem.demo.DemoAgency.ADULT_SOCIAL_CARE;
import static tandem.demo.DemoAgency.CHILDRENS_SOCIAL_CARE;
import static tandem.demo.DemoAgency.HOUSING;
import static tandem.demo.DemoAgency.IDVA;
import static tandem.demo.DemoAgency.POLICE;
import static tandem.demo.DemoAgency.PRIMARY_CARE;
import static tandem.demo.DemoAgency.PROBATION;
import static tandem.demo.DemoAgency.WOMENS_AID;
import static tandem.demo.DemoArea.NORTH;
import static tandem.demo.DemoArea.SOUTH;

/** The people who can sign in to the demo partnership. The README lists the same sign-ins. */
final class DemoSignIns {

	/** One password for every demo sign-in, printed at start-up and stated in the README. */
	static final String PASSWORD = "tandem-demo-password";

	/** The south IDVA who is the named user on south's restricted cases, to show restricted access. */
	static final String SOUTH_NAMED_USER = "south.idva.named";

	static final List<DemoUser> USERS = List.of(
			user("admin", "Robin Ashdown", NORTH, ADULT_SOCIAL_CARE, Role.ADMINISTRATOR),
			user("analyst", "Morgan Ellery", NORTH, ADULT_SOCIAL_CARE, Role.ANALYST),
			user("north.coordinator", "Jo Hartley", NORTH, IDVA, Role.COORDINATOR),
			user("north.chair", "Sam Pennick", NORTH, POLICE, Role.CHAIR),
			user("north.triage", "Lee Varga", NORTH, POLICE, Role.TRIAGE),
			user("north.police.referrer", "Chris Oduya", NORTH, POLICE, Role.REFERRER, Role.AGENCY_REPRESENTATIVE),
			user("north.health.referrer", "Ana Ferreira", NORTH, ACUTE_HEALTH, Role.REFERRER),
			user("north.gp.referrer", "Tom Whitcombe", NORTH, PRIMARY_CARE, Role.REFERRER),
			user("north.idva", "Rhiannon Pryce", NORTH, IDVA, Role.CASEWORKER, Role.REFERRER),
			user(DemoCasework.NORTH_MANAGER, "Aled Morgan", NORTH, IDVA, Role.SERVICE_MANAGER),
			user("north.womens-aid", "Fatima Noor", NORTH, WOMENS_AID, Role.CASEWORKER),
			user("north.housing.rep", "Dee Marsh", NORTH, HOUSING, Role.AGENCY_REPRESENTATIVE),
			user("north.childrens.rep", "Kit Abernathy", NORTH, CHILDRENS_SOCIAL_CARE, Role.AGENCY_REPRESENTATIVE),
			user("south.coordinator", "Pat Lindqvist", SOUTH, IDVA, Role.COORDINATOR),
			user("south.chair", "Nikhil Rao", SOUTH, POLICE, Role.CHAIR),
			user("south.triage", "Bea Okonkwo", SOUTH, POLICE, Role.TRIAGE),
			user("south.police.referrer", "Ollie Grant", SOUTH, POLICE, Role.REFERRER, Role.AGENCY_REPRESENTATIVE),
			user("south.health.referrer", "Mei Tan", SOUTH, ACUTE_HEALTH, Role.REFERRER),
			user("south.idva", "Gwen Talbot", SOUTH, IDVA, Role.CASEWORKER, Role.REFERRER),
			user(SOUTH_NAMED_USER, "Yusuf Demir", SOUTH, IDVA, Role.CASEWORKER),
			user("south.probation.rep", "Casey Moran", SOUTH, PROBATION, Role.AGENCY_REPRESENTATIVE),
			user("south.analyst", "Ines Duarte", SOUTH, ADULT_SOCIAL_CARE, Role.ANALYST));

	private DemoSignIns() {
	}

	private static DemoUser user(String username, String displayName, DemoArea area, DemoAgency agency,
			Role... roles) {
		return new DemoUser(username, displayName, area, agency, Set.of(roles));
	}

}

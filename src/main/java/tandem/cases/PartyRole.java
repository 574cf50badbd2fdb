package tandem.cases;

/** How a person takes part in a case. */
public enum PartyRole {
	VICTIM, PERPETRATOR, CHILD
}

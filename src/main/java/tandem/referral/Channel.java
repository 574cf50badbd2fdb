package tandem.referral;

/** How a referral reached Tandem. */
enum Channel {
	PAGES, API
}

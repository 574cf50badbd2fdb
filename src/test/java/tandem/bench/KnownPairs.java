package tandem.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Victims and perpetrators the generator wrote, as a referrer would describe them again (same names and dates of
 * birth), so that benchmark referrals find people Tandem already holds. A seeded sample from across the data set.
 */
final class KnownPairs {

	/** A person as a referral names them. */
	record Someone(String givenName, String familyName, LocalDate dateOfBirth, String gender) {
	}

	/** A victim and the perpetrator, with the area the referral goes to and how they are related. */
	record Pair(String areaCode, Someone victim, Someone perpetrator, String relationship) {
	}

	private final List<Pair> pairs;

	private KnownPairs(List<Pair> pairs) {
		this.pairs = pairs;
	}

	static KnownPairs sample(JdbcClient jdbc, long seed, int size) {
		// Sample whole pages, about three times as many cases as wanted, so that the pairs come from the whole set.
		double cases = jdbc.sql("select greatest(reltuples, 1) from pg_class where relname = 'case_file'")
			.query(Double.class).single();
		List<Pair> pairs = jdbc.sql("""
				select a.code, v.given_name, v.family_name, v.date_of_birth, v.gender,
				       p.given_name, p.family_name, p.date_of_birth, p.gender, pp.relationship
				from case_file c tablesample system (:percent) repeatable (:seed)
				join area a on a.id = c.area_id
				join case_party vp on vp.case_id = c.id and vp.role = 'VICTIM'
				join person v on v.id = vp.person_id
				join case_party pp on pp.case_id = c.id and pp.role = 'PERPETRATOR'
				join person p on p.id = pp.person_id
				where a.code like 'synthetic-%'
				limit :size
				""")
			.param("percent", Math.min(100, 300.0 * size / cases))
			.param("seed", seed % 1_000_000)
			.param("size", size)
			.query((rs, row) -> new Pair(rs.getString(1),
					new Someone(rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5)),
					new Someone(rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9)),
					rs.getString(10)))
			.list();
		if (pairs.isEmpty()) {
			throw new IllegalStateException("The data set holds no synthetic cases to refer again");
		}
		return new KnownPairs(pairs);
	}

	Pair any(SplittableRandom random) {
		return this.pairs.get(random.nextInt(this.pairs.size()));
	}

	int size() {
		return this.pairs.size();
	}

}

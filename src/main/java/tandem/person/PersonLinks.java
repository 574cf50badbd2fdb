package tandem.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Combines two records of one person and separates them again by the {@code merged_into} link alone: neither record
 * is changed otherwise (not even its version), so separating restores both exactly. Runs inside the reviewer's
 * decision, which audits it and publishes {@link PeopleCombined} or {@link PeopleSeparated}.
 */
@Service
public class PersonLinks {

	private final JdbcClient jdbc;

	PersonLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param kept the record the others now read as
	 * @param combined the record combined into {@code kept}
	 * @param repointed records that had been combined into {@code combined} and now point to {@code kept}
	 */
	public record Combination(UUID kept, UUID combined, List<UUID> repointed) {

		public Combination {
			repointed = List.copyOf(repointed);
		}

	}

	/** Another decision changed these records while this one was being made; nothing was written. */
	public static final class ChangedMeanwhile extends RuntimeException {

		ChangedMeanwhile() {
			super("The records were combined or separated meanwhile");
		}

	}

	/**
	 * Combines the sets of the two records: the record held longest stays, so references people already know keep
	 * working. Empty when the two are already one person.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Combination> combine(UUID first, UUID second) {
		List<UUID> heads = this.jdbc.sql("""
				select distinct coalesce(merged_into, id) from person where id in (:first, :second)
				""").param("first", first).param("second", second).query(UUID.class).list();
		if (heads.size() < 2) {
			return Optional.empty();
		}
		// Locked in a fixed order, and checked still heads after the lock, so two decisions at once cannot both act.
		List<UUID> locked = this.jdbc.sql("""
				select id from person where id in (:heads) and merged_into is null order by id for update
				""").param("heads", heads).query(UUID.class).list();
		if (locked.size() < 2) {
			throw new ChangedMeanwhile();
		}
		List<UUID> byAge = this.jdbc.sql("select id from person where id in (:heads) order by created_at, id")
			.param("heads", heads).query(UUID.class).list();
		UUID kept = byAge.get(0);
		UUID combined = byAge.get(1);
		List<UUID> repointed = this.jdbc.sql("update person set merged_into = :kept where merged_into = :combined returning id")
			.param("kept", kept).param("combined", combined).query(UUID.class).list();
		this.jdbc.sql("update person set merged_into = :kept where id = :combined")
			.param("kept", kept).param("combined", combined).update();
		return Optional.of(new Combination(kept, combined, repointed));
	}

	/**
	 * Undoes {@code combination} exactly: {@code combined} is itself again and the records re-pointed by it point to
	 * it again.
	 *
	 * @throws ChangedMeanwhile when a later combination changed these links; that one must be separated first
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void separate(Combination combination) {
		int links = 1 + combination.repointed().size();
		List<UUID> all = new ArrayList<>(combination.repointed());
		all.add(combination.combined());
		int still = this.jdbc.sql("""
				select count(*) from (select id from person where id in (:all) and merged_into = :kept order by id
				for update) locked
				""").param("all", all).param("kept", combination.kept()).query(Integer.class).single();
		if (still != links) {
			throw new ChangedMeanwhile();
		}
		this.jdbc.sql("update person set merged_into = null where id = :combined")
			.param("combined", combination.combined()).update();
		if (!combination.repointed().isEmpty()) {
			this.jdbc.sql("update person set merged_into = :combined where id in (:repointed)")
				.param("combined", combination.combined()).param("repointed", combination.repointed()).update();
		}
	}

}

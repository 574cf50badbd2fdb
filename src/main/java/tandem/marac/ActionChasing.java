package tandem.marac;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tandem.ClusterJobs;
import tandem.notify.Outbox;

/**
 * Chases overdue actions once a day: the owner gets an e-mail saying only that an action is overdue, with a link to
 * the actions page. The e-mail is queued, so a mail server that is down never holds anything up; an owner without an
 * address, and a delivery that keeps failing, show on the coordinator's actions overview instead.
 */
@Component
class ActionChasing {

	static final String SUBJECT = "You have an overdue action in Tandem";

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final ClusterJobs jobs;

	private final Clock clock;

	ActionChasing(JdbcClient jdbc, Outbox outbox, ClusterJobs jobs, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.jobs = jobs;
		this.clock = clock;
	}

	private record Overdue(UUID id, @Nullable String email, UUID areaId) {
	}

	@Scheduled(cron = "${tandem.marac.chase-cron:0 0 7 * * *}", zone = "Europe/London")
	void chaseScheduled() {
		chase();
	}

	/** @return how many reminders were queued */
	int chase() {
		return this.jobs.runAlone("marac-action-chase", this::queueReminders).orElse(0);
	}

	private int queueReminders() {
		LocalDate today = LocalDate.now(this.clock);
		List<Overdue> overdue = this.jdbc.sql("""
				select a.id, u.email, m.area_id from marac_action a
				join app_user u on u.id = a.owner_user_id
				join marac_meeting m on m.id = a.meeting_id
				where a.status = 'OPEN' and a.due_on < :today and (a.last_chased_on is null or a.last_chased_on < :today)
				  and u.email is not null and u.enabled
				""")
			.param("today", today)
			.query((rs, row) -> new Overdue(rs.getObject("id", UUID.class), rs.getString("email"),
					rs.getObject("area_id", UUID.class)))
			.list();
		String body = SUBJECT + ".\n\nSign in to see it: " + this.outbox.link("/marac/actions") + "\n";
		for (Overdue action : overdue) {
			this.outbox.enqueue(action.email(), SUBJECT, body, action.areaId());
			this.jdbc.sql("update marac_action set last_chased_on = :today where id = :id")
				.param("today", today).param("id", action.id())
				.update();
		}
		return overdue.size();
	}

}

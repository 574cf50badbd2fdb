package tandem.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.Ids;

/**
 * Queues e-mails in the caller's transaction, so a message goes if and only if what it announces was recorded, and
 * the caller never waits on a mail server. {@link OutboxSender} delivers them. Callers write only that something is
 * waiting in Tandem and a link: never a name, a case detail or anything else personal.
 */
@Service
public class Outbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String baseUrl;

	Outbox(JdbcClient jdbc, Clock clock, @Value("${tandem.notify.base-url:http://localhost:8080}") String baseUrl) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** A delivery that was given up after its retries, for the coordinator of the area it concerns. */
	public record FailedDelivery(UUID id, String recipient, String subject, int attempts, Instant queuedAt) {
	}

	/** The full address of a page, for a link in a message. */
	public String link(String path) {
		return this.baseUrl + path;
	}

	/** @param areaId the area whose coordinator is told if delivery keeps failing */
	@Transactional
	public UUID enqueue(String recipient, String subject, String body, @Nullable UUID areaId) {
		UUID id = Ids.next();
		java.time.OffsetDateTime now = java.time.OffsetDateTime.now(this.clock);
		this.jdbc.sql("""
				insert into outbox_email (id, recipient, subject, body, area_id, next_attempt_at, created_at)
				values (:id, :recipient, :subject, :body, :area, :now, :now)
				""")
			.param("id", id).param("recipient", recipient).param("subject", subject).param("body", body)
			.param("area", areaId).param("now", now)
			.update();
		return id;
	}

	public List<FailedDelivery> failedFor(UUID areaId) {
		return this.jdbc.sql("""
				select id, recipient, subject, attempts, created_at from outbox_email
				where area_id = :area and status = 'FAILED' order by created_at desc limit 100
				""")
			.param("area", areaId)
			.query((rs, row) -> new FailedDelivery(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getString("subject"), rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

}

package tandem.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tandem.ClusterJobs;

/**
 * Delivers queued e-mails on one node at a time. A failed delivery is tried again later, waiting longer each time;
 * after the last attempt it is marked failed, which the coordinator of its area sees. Without a configured mail
 * server ({@code spring.mail.host}) messages wait in the outbox.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private static final int BATCH = 50;

	private final JdbcClient jdbc;

	private final ClusterJobs jobs;

	private final ObjectProvider<JavaMailSender> mail;

	private final Clock clock;

	private final String from;

	private final int maxAttempts;

	OutboxSender(JdbcClient jdbc, ClusterJobs jobs, ObjectProvider<JavaMailSender> mail, Clock clock,
			@Value("${tandem.notify.from:tandem@localhost}") String from,
			@Value("${tandem.notify.max-attempts:5}") int maxAttempts) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.mail = mail;
		this.clock = clock;
		this.from = from;
		this.maxAttempts = maxAttempts;
	}

	private record Queued(UUID id, String recipient, String subject, String body, int attempts) {
	}

	@Scheduled(fixedDelayString = "${tandem.notify.send-interval:30s}", initialDelayString = "${tandem.notify.send-interval:30s}")
	void sendScheduled() {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender != null) {
			sendDue(sender);
		}
	}

	/** @return how many messages were delivered in this run */
	int sendDue(JavaMailSender sender) {
		return this.jobs.runAlone("notify-outbox", () -> deliver(sender)).orElse(0);
	}

	private int deliver(JavaMailSender sender) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<Queued> due = this.jdbc.sql("""
				select id, recipient, subject, body, attempts from outbox_email
				where status = 'PENDING' and next_attempt_at <= :now order by next_attempt_at limit :batch
				""")
			.param("now", now).param("batch", BATCH)
			.query((rs, row) -> new Queued(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")))
			.list();
		int sent = 0;
		for (Queued message : due) {
			try {
				sender.send(message(message));
				this.jdbc.sql("update outbox_email set status = 'SENT', attempts = attempts + 1, sent_at = :now where id = :id")
					.param("id", message.id()).param("now", now).update();
				sent++;
			}
			catch (MailException ex) {
				failed(message, now, ex);
			}
		}
		return sent;
	}

	private void failed(Queued message, OffsetDateTime now, MailException ex) {
		int attempts = message.attempts() + 1;
		boolean givingUp = attempts >= this.maxAttempts;
		// The exception's class only: a mail server's message may echo the recipient's address.
		log.warn("E-mail {} not delivered (attempt {}): {}", message.id(), attempts, ex.getClass().getSimpleName());
		this.jdbc.sql("""
				update outbox_email set attempts = :attempts, status = :status, next_attempt_at = :next, last_error = :error
				where id = :id
				""")
			.param("id", message.id()).param("attempts", attempts).param("status", givingUp ? "FAILED" : "PENDING")
			.param("next", now.plus(Duration.ofMinutes(1L << Math.min(attempts, 10))))
			.param("error", ex.getClass().getSimpleName())
			.update();
	}

	private SimpleMailMessage message(Queued queued) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(queued.recipient());
		message.setSubject(queued.subject());
		message.setText(queued.body());
		return message;
	}

}

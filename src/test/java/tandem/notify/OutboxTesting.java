package tandem.notify;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

import tandem.ClusterJobs;

/** Lets tests in other modules run the outbox's sender on a fixed clock against a mail server of their own. */
public final class OutboxTesting {

	private OutboxTesting() {
	}

	/** A sender whose {@link Sender#sendDue} delivers what is due now by the given clock. */
	public static Sender sender(JdbcClient jdbc, ClusterJobs jobs, Clock clock, int maxAttempts) {
		OutboxSender sender = new OutboxSender(jdbc, jobs, new NoProvider(), clock, "tandem@test.example", maxAttempts);
		return sender::sendDue;
	}

	public interface Sender {

		int sendDue(JavaMailSender mail);

	}

	private static final class NoProvider implements ObjectProvider<JavaMailSender> {

		@Override
		public JavaMailSender getObject() {
			throw new IllegalStateException("The test passes its mail sender to sendDue");
		}

		@Override
		public JavaMailSender getObject(Object... args) {
			return getObject();
		}

		@Override
		public JavaMailSender getIfAvailable() {
			return null;
		}

		@Override
		public JavaMailSender getIfUnique() {
			return null;
		}

	}

}

/**
 * E-mail notifications: an outbox written in the sender's transaction and a job that delivers it with retries.
 * Messages only ever say that something is waiting in Tandem, with a link; never personal data.
 */
@NullMarked
package tandem.notify;

import org.jspecify.annotations.NullMarked;

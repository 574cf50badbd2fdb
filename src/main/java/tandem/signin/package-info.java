/**
 * Sign-in: local accounts with Argon2id passwords and an optional TOTP second factor, lockout after repeated failures, single sign-on with an external OIDC provider, and OAuth2 client credentials for agency systems.
 */
@NullMarked
package tandem.signin;

import org.jspecify.annotations.NullMarked;

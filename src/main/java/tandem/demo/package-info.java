/**
 * The fictional demo partnership: areas {@code north} and {@code south} with their eleven agencies, API clients,
 * sign-ins of every role and a seeded set of people and cases, loaded once into the demo's embedded database, and
 * the start-up banner that says how to sign in. Active only when {@code tandem.demo.enabled} is true (the
 * {@code demo} profile); nothing else depends on it. See doc/adr/0005-demo-partnership.md.
 */
@NullMarked
package tandem.demo;

import org.jspecify.annotations.NullMarked;

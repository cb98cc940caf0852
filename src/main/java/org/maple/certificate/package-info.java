/**
 * Completion certificates: issuing on course and induction completion, the record and its PDF,
 * public verification (page, JSON, Open Badges 3.0 credentials), reissue, revocation, expiry,
 * renewal and reminders. Depends on {@code identity} and {@code course} (boundary and entity);
 * nothing depends on it.
 */
package org.maple.certificate;

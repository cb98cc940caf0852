package org.maple.certificate.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;

/**
 * The dates of a certificate's life: expiry from the course's refresh period, when the
 * recertification window opens, and which expiry reminder (90, 60, 30 or 7 days before) is due.
 */
public final class RenewalPolicy {

    /** Reminder thresholds, in days before expiry, most urgent last. */
    public static final List<Integer> THRESHOLDS = List.of(90, 60, 30, 7);
    /** How long after its due date an unsent reminder e-mail is still worth sending (retries, SMTP set up late). */
    public static final int MAIL_GRACE_DAYS = 7;

    private RenewalPolicy() {
    }

    /** Completion date + refresh months; none when the course sets no refresh period. */
    public static LocalDate expiry(LocalDate completedOn, Integer refreshMonths) {
        return refreshMonths == null || refreshMonths <= 0 ? null : completedOn.plusMonths(refreshMonths);
    }

    /**
     * The recertification window opens {@code windowDays} before expiry and stays open after it, so
     * on {@code today} it is open for every certificate expiring on or before the day returned.
     */
    public static LocalDate windowOpenUntilExpiry(LocalDate today, int windowDays) {
        return today.plusDays(Math.max(0, windowDays));
    }

    /**
     * The reminder due on {@code today}: the smallest threshold not below the days left, so a
     * reminder missed (the job did not run that day) is replaced by the more urgent one, never sent
     * late as well. Empty when more than 90 days remain or the certificate has expired.
     */
    public static OptionalInt reminderDue(LocalDate expiresOn, LocalDate today) {
        if (expiresOn == null || today.isAfter(expiresOn)) {
            return OptionalInt.empty();
        }
        long left = ChronoUnit.DAYS.between(today, expiresOn);
        int due = -1;
        for (int t : THRESHOLDS) {
            if (left <= t) {
                due = t;
            }
        }
        return due < 0 ? OptionalInt.empty() : OptionalInt.of(due);
    }

    /**
     * Whether the e-mail of a reminder not yet sent may still go on {@code today}: not once the
     * certificate has expired, nor more than {@link #MAIL_GRACE_DAYS} after the reminder was due
     * ({@code thresholdDays} before expiry). So a mail server configured months later does not send
     * months of old reminders at once, and failures stop being retried.
     */
    public static boolean stillMailable(LocalDate expiresOn, int thresholdDays, LocalDate today) {
        return expiresOn != null && !today.isAfter(expiresOn)
                && !today.isAfter(expiresOn.minusDays(thresholdDays).plusDays(MAIL_GRACE_DAYS));
    }

    /** Days from {@code today} to expiry (negative once expired). */
    public static long daysLeft(LocalDate expiresOn, LocalDate today) {
        return ChronoUnit.DAYS.between(today, expiresOn);
    }
}

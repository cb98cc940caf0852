package org.maple.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class RenewalPolicyTest {

    static final LocalDate EXPIRY = LocalDate.of(2027, 3, 31);

    @Test
    void expiryIsTheCompletionDatePlusTheRefreshPeriodOrNone() {
        assertEquals(LocalDate.of(2027, 3, 14), RenewalPolicy.expiry(LocalDate.of(2025, 3, 14), 24));
        assertEquals(LocalDate.of(2025, 2, 28), RenewalPolicy.expiry(LocalDate.of(2025, 1, 31), 1), "end of a short month");
        assertEquals(LocalDate.of(2028, 2, 29), RenewalPolicy.expiry(LocalDate.of(2024, 2, 29), 48), "leap day");
        assertNull(RenewalPolicy.expiry(LocalDate.of(2025, 3, 14), null));
        assertNull(RenewalPolicy.expiry(LocalDate.of(2025, 3, 14), 0));
    }

    @Test
    void theWindowOpensTheConfiguredDaysBeforeExpiryAndStaysOpen() {
        // the renewal job takes certificates expiring on or before this day (no lower bound: open after expiry)
        assertTrue(EXPIRY.isAfter(RenewalPolicy.windowOpenUntilExpiry(LocalDate.of(2027, 1, 29), 60)), "a day early");
        assertEquals(EXPIRY, RenewalPolicy.windowOpenUntilExpiry(LocalDate.of(2027, 1, 30), 60), "opens 60 days before");
        assertEquals(LocalDate.of(2027, 6, 30), RenewalPolicy.windowOpenUntilExpiry(LocalDate.of(2027, 5, 1), 60));
        assertEquals(LocalDate.of(2027, 5, 1), RenewalPolicy.windowOpenUntilExpiry(LocalDate.of(2027, 5, 1), -5),
                "a negative window is none");
    }

    @Test
    void theDueReminderIsTheMostUrgentThresholdReached() {
        assertEquals(OptionalInt.empty(), RenewalPolicy.reminderDue(EXPIRY, EXPIRY.minusDays(91)));
        assertEquals(OptionalInt.of(90), RenewalPolicy.reminderDue(EXPIRY, EXPIRY.minusDays(90)));
        assertEquals(OptionalInt.of(90), RenewalPolicy.reminderDue(EXPIRY, EXPIRY.minusDays(61)));
        assertEquals(OptionalInt.of(60), RenewalPolicy.reminderDue(EXPIRY, EXPIRY.minusDays(60)));
        assertEquals(OptionalInt.of(30), RenewalPolicy.reminderDue(EXPIRY, EXPIRY.minusDays(30)));
        assertEquals(OptionalInt.of(30), RenewalPolicy.reminderDue(EXPIRY, EXPIRY.minusDays(8)));
        assertEquals(OptionalInt.of(7), RenewalPolicy.reminderDue(EXPIRY, EXPIRY.minusDays(7)));
        assertEquals(OptionalInt.of(7), RenewalPolicy.reminderDue(EXPIRY, EXPIRY), "the last day");
        assertEquals(OptionalInt.empty(), RenewalPolicy.reminderDue(EXPIRY, EXPIRY.plusDays(1)), "expired: no reminder");
        assertEquals(OptionalInt.empty(), RenewalPolicy.reminderDue(null, EXPIRY));
    }

    @Test
    void anUnsentReminderMayGoUntilAWeekPastItsDueDateAndNeverAfterExpiry() {
        LocalDate due30 = EXPIRY.minusDays(30);
        assertTrue(RenewalPolicy.stillMailable(EXPIRY, 30, due30));
        assertTrue(RenewalPolicy.stillMailable(EXPIRY, 30, due30.plusDays(7)));
        assertFalse(RenewalPolicy.stillMailable(EXPIRY, 30, due30.plusDays(8)), "more than a week late");
        assertFalse(RenewalPolicy.stillMailable(EXPIRY, 90, EXPIRY.minusDays(25)), "months-old 90-day reminder");
        assertTrue(RenewalPolicy.stillMailable(EXPIRY, 7, EXPIRY), "the last day");
        assertFalse(RenewalPolicy.stillMailable(EXPIRY, 7, EXPIRY.plusDays(1)), "expired");
        assertFalse(RenewalPolicy.stillMailable(null, 7, EXPIRY));
    }

    @Test
    void daysLeftCountsCalendarDays() {
        assertEquals(59, RenewalPolicy.daysLeft(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 1, 1)));
        assertEquals(-1, RenewalPolicy.daysLeft(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2)));
    }
}

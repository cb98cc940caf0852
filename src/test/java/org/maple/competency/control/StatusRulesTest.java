package org.maple.competency.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.maple.competency.control.StatusRules.Assessment;
import org.maple.competency.control.StatusRules.UnitInput;
import org.maple.competency.entity.CompetencyPolicy;
import org.maple.competency.entity.CompetencyStatus;
import org.maple.competency.entity.DecisionAction;
import org.maple.competency.entity.DecisionItem;
import org.maple.competency.entity.EvidenceItem;

/** The status rules of docs/competency-rules.md, one test per rule and boundary. */
class StatusRulesTest {

    static final CompetencyPolicy POLICY = new CompetencyPolicy(60, 0.8, 6);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final LocalDateTime NOON = TODAY.atTime(12, 0);

    /** A unit test case: refresh 24 months, builder of evidence and decisions. */
    static final class Case {
        final Map<String, String> courses = new LinkedHashMap<>();
        final List<EvidenceItem> evidence = new ArrayList<>();
        final List<DecisionItem> decisions = new ArrayList<>();
        int refresh = 24;
        long ids = 1;

        Case courses(String... codes) {
            for (String c : codes) {
                courses.put(c, "Course " + c);
            }
            return this;
        }

        Case completed(String course, LocalDateTime at) {
            evidence.add(EvidenceItem.courseCompleted(ids++, course, at));
            return this;
        }

        /** A completion whose certificate ends it on {@code endsOn} (the day after expiry; the completion day if revoked). */
        Case certified(String course, LocalDateTime at, LocalDate endsOn) {
            evidence.add(EvidenceItem.courseCompleted(ids++, course, at, endsOn, "Certificate X"));
            return this;
        }

        Case started(String course, LocalDateTime at) {
            evidence.add(EvidenceItem.courseStarted(ids++, course, at));
            return this;
        }

        Case attempt(String course, LocalDateTime at, int questions, double marks) {
            evidence.add(EvidenceItem.questions(ids++, course, at, questions, marks));
            return this;
        }

        Case practice(LocalDateTime at) {
            evidence.add(EvidenceItem.practice("meeting", ids++, at));
            return this;
        }

        Case decide(DecisionAction action, LocalDateTime at, Long reopens) {
            decisions.add(new DecisionItem(ids++, action, at, 3L, "Morgan Reid", "checked", reopens));
            return this;
        }

        long lastDecisionId() {
            return decisions.get(decisions.size() - 1).id();
        }

        Assessment on(LocalDate day) {
            return StatusRules.assess(new UnitInput("AF1", refresh, courses, evidence, decisions), day, POLICY);
        }

        CompetencyStatus status(LocalDate day) {
            return on(day).status();
        }
    }

    static Case unit() {
        return new Case();
    }

    @Nested
    class Transitions {

        @Test
        void nothingAtAllIsNotStarted() {
            Assessment a = unit().courses("c1").on(TODAY);
            assertEquals(CompetencyStatus.NOT_STARTED, a.status());
            assertEquals(List.of("Complete the course Course c1."), a.needed());
            assertNull(a.reviewOn());
        }

        @Test
        void startingACourseIsInProgress() {
            assertEquals(CompetencyStatus.IN_PROGRESS, unit().courses("c1").started("c1", NOON.minusDays(3)).status(TODAY));
        }

        @Test
        void oneOfTwoRequiredCoursesIsInProgressAndNamesTheOther() {
            Assessment a = unit().courses("c1", "c2").completed("c1", NOON.minusDays(3)).on(TODAY);
            assertEquals(CompetencyStatus.IN_PROGRESS, a.status());
            assertEquals(1, a.coursesDone());
            assertEquals(2, a.coursesRequired());
            assertEquals(List.of("Complete the course Course c2."), a.needed());
        }

        @Test
        void everyRequiredCourseCompletedIsEvidencedUntilTheFirstLapses() {
            Assessment a = unit().courses("c1", "c2").completed("c1", NOON.minusMonths(3))
                    .completed("c2", NOON.minusDays(1)).on(TODAY);
            assertEquals(CompetencyStatus.EVIDENCED, a.status());
            assertTrue(a.criteriaMet());
            assertEquals(TODAY.minusMonths(3).plusMonths(24), a.validUntil());
            assertEquals(List.of("Criteria met: ready for sign-off by a manager."), a.needed());
            assertEquals(2, a.evidenceCount());
        }

        @Test
        void signOffTurnsEvidencedIntoSignedOffValidForTheRefreshPeriodFromTheSignOff() {
            Case c = unit().courses("c1").completed("c1", NOON.minusMonths(6))
                    .decide(DecisionAction.SIGNED_OFF, NOON.minusDays(10), null);
            Assessment a = c.on(TODAY);
            assertEquals(CompetencyStatus.SIGNED_OFF, a.status());
            assertTrue(a.signOff().isPresent());
            assertEquals(TODAY.minusDays(10).plusMonths(24), a.validUntil());
            assertEquals(List.of(), a.needed());
        }

        @Test
        void reopeningASignOffGoesBackToWhatTheEvidenceSays() {
            Case c = unit().courses("c1").completed("c1", NOON.minusMonths(6))
                    .decide(DecisionAction.SIGNED_OFF, NOON.minusDays(10), null);
            c.decide(DecisionAction.REOPENED, NOON.minusDays(1), c.lastDecisionId());
            Assessment a = c.on(TODAY);
            assertEquals(CompetencyStatus.EVIDENCED, a.status());
            assertNull(a.decision());
        }

        @Test
        void aDeclineHoldsUntilNewerEvidenceArrives() {
            Case c = unit().courses("c1").completed("c1", NOON.minusMonths(6))
                    .decide(DecisionAction.DECLINED, NOON.minusDays(10), null);
            Assessment declined = c.on(TODAY);
            assertEquals(CompetencyStatus.IN_PROGRESS, declined.status());
            assertFalse(declined.criteriaMet());
            assertTrue(declined.needed().get(0).startsWith("Sign-off was declined by Morgan Reid on 5 Jun 2026: checked"),
                    declined.needed().toString());

            c.completed("c1", NOON.minusDays(2)); // a second completion after the decline
            assertEquals(CompetencyStatus.EVIDENCED, c.status(TODAY));
        }

        @Test
        void reopeningADeclineRestoresEvidenced() {
            Case c = unit().courses("c1").completed("c1", NOON.minusMonths(6))
                    .decide(DecisionAction.DECLINED, NOON.minusDays(10), null);
            c.decide(DecisionAction.REOPENED, NOON.minusDays(5), c.lastDecisionId());
            assertEquals(CompetencyStatus.EVIDENCED, c.status(TODAY));
        }

        @Test
        void theLatestUnreopenedDecisionCounts() {
            Case c = unit().courses("c1").completed("c1", NOON.minusMonths(6))
                    .decide(DecisionAction.DECLINED, NOON.minusDays(20), null);
            long declined = c.lastDecisionId();
            c.decide(DecisionAction.REOPENED, NOON.minusDays(15), declined)
                    .decide(DecisionAction.SIGNED_OFF, NOON.minusDays(14), null);
            Assessment a = c.on(TODAY);
            assertEquals(CompetencyStatus.SIGNED_OFF, a.status());
            assertEquals(DecisionAction.SIGNED_OFF, a.decision().action());
        }

        @Test
        void evidenceFromTheFutureIsIgnored() {
            assertEquals(CompetencyStatus.NOT_STARTED,
                    unit().courses("c1").completed("c1", NOON.plusDays(1)).status(TODAY));
        }
    }

    @Nested
    class Expiry {

        final LocalDateTime done = LocalDateTime.of(2024, 3, 10, 9, 30);
        final LocalDate lapses = LocalDate.of(2026, 3, 10); // 24 months later

        Case completedOnce() {
            return unit().courses("c1").completed("c1", done);
        }

        @Test
        void evidencedUntilTheWindowOpens() {
            assertEquals(CompetencyStatus.EVIDENCED, completedOnce().status(lapses.minusDays(61)));
        }

        @Test
        void expiringFromSixtyDaysBeforeTheLapse() {
            Assessment a = completedOnce().on(lapses.minusDays(60));
            assertEquals(CompetencyStatus.EXPIRING, a.status());
            assertEquals(lapses, a.validUntil());
            assertTrue(a.needed().get(0).startsWith("Renew before 10 Mar 2026"), a.needed().toString());
            assertEquals(lapses, a.reviewOn(), "time alone changes it again on the lapse date");
        }

        @Test
        void stillExpiringOnTheLastDay() {
            assertEquals(CompetencyStatus.EXPIRING, completedOnce().status(lapses.minusDays(1)));
        }

        @Test
        void expiredOnTheLapseDate() {
            Assessment a = completedOnce().on(lapses);
            assertEquals(CompetencyStatus.EXPIRED, a.status());
            assertEquals(List.of("Complete the course Course c1 again: the last completion expired on 10 Mar 2026."),
                    a.needed());
            assertEquals(0, a.evidenceCount());
            assertNull(a.reviewOn());
        }

        @Test
        void reviewDateIsTheNextWindowOrLapse() {
            assertEquals(lapses.minusDays(60), completedOnce().on(lapses.minusDays(100)).reviewOn());
        }

        @Test
        void aNewCompletionRenewsAnExpiredUnit() {
            Case c = completedOnce().completed("c1", lapses.plusDays(5).atStartOfDay());
            assertEquals(CompetencyStatus.EVIDENCED, c.status(lapses.plusDays(5)));
        }

        @Test
        void perUnitRefreshPeriodsApply() {
            Case c = completedOnce();
            c.refresh = 12;
            assertEquals(CompetencyStatus.EXPIRED, c.status(LocalDate.of(2025, 3, 10)));
            assertEquals(CompetencyStatus.EXPIRING, c.status(LocalDate.of(2025, 3, 9)));
        }

        @Test
        void aSignOffExpiresTooAndThenShowsExpired() {
            Case c = completedOnce().decide(DecisionAction.SIGNED_OFF, done.plusDays(20), null);
            LocalDate signOffLapses = done.plusDays(20).toLocalDate().plusMonths(24);
            assertEquals(CompetencyStatus.SIGNED_OFF, c.status(signOffLapses.minusDays(61)));
            assertEquals(CompetencyStatus.EXPIRING, c.status(signOffLapses.minusDays(60)));
            assertEquals(CompetencyStatus.EXPIRED, c.status(signOffLapses));
        }

        @Test
        void aNeverCompleteUnitWhoseStartedCourseIsOldIsStillInProgressNotExpired() {
            Case c = unit().courses("c1", "c2").completed("c1", done).started("c2", done);
            assertEquals(CompetencyStatus.IN_PROGRESS, c.status(lapses.plusYears(1)));
        }

        @Test
        void aConfigurableWindow() {
            Assessment a = StatusRules.assess(new UnitInput("AF1", 24, Map.of("c1", "C1"),
                    List.of(EvidenceItem.courseCompleted(1, "c1", done)), List.of()),
                    lapses.minusDays(20), new CompetencyPolicy(14, 0.8, 6));
            assertEquals(CompetencyStatus.EVIDENCED, a.status());
        }
    }

    @Nested
    class MasteryThresholds {

        @Test
        void fewerThanTheMinimumQuestionsSayNothing() {
            Case c = unit().courses("c1").completed("c1", NOON.minusDays(5)).attempt("c1", NOON.minusDays(5), 5, 0);
            Assessment a = c.on(TODAY);
            assertEquals(CompetencyStatus.EVIDENCED, a.status(), "5 wrong answers are below the minimum of 6");
            assertFalse(a.mastery().enoughData());
        }

        @Test
        void exactlyTheThresholdIsMastery() {
            Case c = unit().attempt("c1", NOON.minusDays(5), 10, 8.0);
            Assessment a = c.on(TODAY);
            assertTrue(a.mastery().met());
            assertEquals(80, a.mastery().percent());
            assertEquals(CompetencyStatus.EVIDENCED, a.status(), "no course covers the unit: mastery alone evidences it");
        }

        @Test
        void justBelowTheThresholdIsAGapThatBlocksEvenCompletedCourses() {
            Case c = unit().courses("c1").completed("c1", NOON.minusDays(5)).attempt("c1", NOON.minusDays(5), 10, 7.9);
            Assessment a = c.on(TODAY);
            assertEquals(CompetencyStatus.IN_PROGRESS, a.status());
            assertTrue(a.mastery().gap());
            assertEquals(List.of("Reach 80% on this unit's quiz questions: now 79% over 10 questions"
                    + " (latest attempt of each course)."), a.needed());
        }

        @Test
        void exactlyTheMinimumNumberOfQuestionsCounts() {
            assertTrue(unit().attempt("c1", NOON, 6, 6).on(TODAY).mastery().met());
            assertTrue(unit().attempt("c1", NOON, 6, 4).on(TODAY).mastery().gap());
        }

        @Test
        void onlyTheLatestAttemptOfEachCourseCounts() {
            Case c = unit().attempt("c1", NOON.minusDays(9), 10, 2).attempt("c1", NOON.minusDays(2), 10, 9);
            Mastery m = c.on(TODAY).mastery();
            assertEquals(10, m.questions());
            assertEquals(90, m.percent());
        }

        @Test
        void attemptsOfDifferentCoursesArePooled() {
            Case c = unit().attempt("c1", NOON.minusDays(9), 4, 4).attempt("c2", NOON.minusDays(2), 4, 2);
            Mastery m = c.on(TODAY).mastery();
            assertEquals(8, m.questions());
            assertEquals(75, m.percent());
            assertTrue(m.gap());
        }

        @Test
        void partialCreditCountsAsPartOfAMark() {
            Mastery m = unit().attempt("c1", NOON, 6, 4.8).on(TODAY).mastery();
            assertEquals(80, m.percent());
            assertTrue(m.met());
        }

        @Test
        void expiredAttemptsDropOut() {
            Case c = unit().attempt("c1", NOON.minusMonths(25), 10, 2).attempt("c2", NOON.minusDays(1), 6, 6);
            Mastery m = c.on(TODAY).mastery();
            assertEquals(6, m.questions());
            assertTrue(m.met());
        }

        @Test
        void withoutACourseEitherMasteryOrPracticeEvidences() {
            assertEquals(CompetencyStatus.EVIDENCED, unit().practice(NOON.minusDays(1)).status(TODAY));
            Assessment none = unit().attempt("c1", NOON, 3, 3).on(TODAY);
            assertEquals(CompetencyStatus.IN_PROGRESS, none.status());
            assertEquals(List.of("No course assigned to you covers this unit: answer at least 6 of its quiz questions"
                    + " with 80% of the marks (so far 3), or have a practice record verified."), none.needed());
        }

        @Test
        void practiceDoesNotReplaceARequiredCourse() {
            assertEquals(CompetencyStatus.IN_PROGRESS, unit().courses("c1").practice(NOON).status(TODAY));
        }
    }

    /** Issue 6: a course completion counts only while its certificate is valid (docs/competency-rules.md). */
    @Nested
    class CertificateEnds {

        @Test
        void aCertificateExpiringBeforeTheRefreshPeriodEndsTheEvidenceTheDayAfterItsExpiryDate() {
            LocalDateTime done = NOON.minusMonths(6);
            LocalDate certificateExpires = TODAY.plusDays(10); // valid to and including this day
            Case c = unit().courses("c1").certified("c1", done, certificateExpires.plusDays(1));
            Assessment today = c.on(TODAY);
            assertEquals(CompetencyStatus.EXPIRING, today.status(), "within the 60-day window of the certificate's end");
            assertEquals(certificateExpires.plusDays(1), today.validUntil());
            assertEquals(CompetencyStatus.EXPIRING, c.status(certificateExpires), "its last valid day still counts");
            Assessment after = c.on(certificateExpires.plusDays(1));
            assertEquals(CompetencyStatus.EXPIRED, after.status());
            assertTrue(after.needed().get(0).contains("its certificate expired on"), after.needed().toString());
            assertEquals(CompetencyStatus.EVIDENCED, c.status(TODAY.minusDays(70)));
            assertEquals(certificateExpires.plusDays(1).minusDays(60), c.on(TODAY.minusDays(70)).reviewOn(),
                    "stored statuses are reviewed when the certificate's expiring window opens");
        }

        @Test
        void theUnitsRefreshPeriodStillAppliesWhenTheCertificateLastsLonger() {
            LocalDateTime done = NOON.minusMonths(30);
            Assessment a = unit().courses("c1").certified("c1", done, TODAY.plusYears(1)).on(TODAY);
            assertEquals(CompetencyStatus.EXPIRED, a.status(), "24-month refresh ended first");
            assertTrue(a.needed().get(0).contains("the last completion expired on"), a.needed().toString());
        }

        @Test
        void aRevokedCertificateMeansTheCompletionNeverCounts() {
            LocalDateTime done = NOON.minusMonths(2);
            Assessment a = unit().courses("c1").certified("c1", done, done.toLocalDate()).on(TODAY);
            assertEquals(CompetencyStatus.IN_PROGRESS, a.status(), "not expired: it never counted");
            assertEquals(List.of("Complete the course Course c1 again: its certificate was revoked."), a.needed());
            assertEquals(0, a.evidenceCount());
        }

        @Test
        void aNewValidCompletionReplacesAnExpiredOne() {
            Assessment a = unit().courses("c1").certified("c1", NOON.minusMonths(25), TODAY.minusMonths(1))
                    .certified("c1", NOON.minusDays(5), TODAY.plusMonths(24)).on(TODAY);
            assertEquals(CompetencyStatus.EVIDENCED, a.status());
            assertEquals(TODAY.minusDays(5).plusMonths(24), a.validUntil(), "the refresh period ends before the certificate");
        }
    }
}

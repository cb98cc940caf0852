/**
 * DANOS competencies: evidence from course completions, quiz results and verified practice, the
 * status of each person in each unit (materialised as events arrive), managers' sign-off with its
 * audit trail, and the team matrix with its exports. Depends on identity, course and quiz (their
 * boundary and entity packages); nothing depends on it except through
 * {@link org.maple.competency.boundary.PracticeEvidenceChanged}.
 */
package org.maple.competency;

/**
 * Practice records: the open-meeting log of new staff, the de-identified FAMA practice log of
 * keyworkers, supervision sessions with the PHE prompts, and the local mutual aid directory.
 * Verified records are DANOS evidence: the feature fires
 * {@code org.maple.competency.boundary.PracticeEvidenceChanged}. Depends on {@code identity},
 * {@code course} (boundary: overdue courses), {@code competency} (boundary: the event) and
 * {@code platform}; no feature depends on it.
 */
package org.maple.practice;

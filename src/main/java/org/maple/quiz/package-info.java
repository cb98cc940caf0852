/**
 * Quiz engine: question banks ({@code quizzes/<course>.yaml}), the draw of an attempt, grading,
 * feedback policy and GIFT import/export. Depends on {@code course} (for {@code FileProblem}) and
 * {@code platform}; {@code competency}, {@code certificate} and {@code practice} may depend on its
 * {@code entity} and {@code boundary} packages.
 */
package org.maple.quiz;

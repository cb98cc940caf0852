-- Review clean-up (competency): quiz attempts as the competency feature saw them were written on
-- every graded attempt but never read; the table goes. The competency catch-up gets its own lock
-- row, so it runs once per cluster per period (acquired_at = when some node last started it).
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15+.

DROP TABLE competency_attempt;

INSERT INTO app_lock (name) VALUES ('competency-catch-up');

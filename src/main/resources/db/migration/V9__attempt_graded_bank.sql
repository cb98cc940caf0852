-- The bank version whose questions last graded an attempt, when a regrade used a corrected version
-- (null: the attempt's own bank). The result page reviews the attempt against the same questions
-- that gave its score.
ALTER TABLE quiz_attempt ADD COLUMN graded_bank_id BIGINT REFERENCES quiz_bank (id);

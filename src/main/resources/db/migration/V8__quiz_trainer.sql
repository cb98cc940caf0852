-- Quiz trainer pages: a regrade's audit record keeps the trainer's reason; regrades of the whole
-- application take turns under one cluster-wide row lock (so applying twice never regrades twice).
ALTER TABLE quiz_regrade ADD COLUMN reason VARCHAR(1000);
INSERT INTO app_lock (name) VALUES ('quiz-regrade');

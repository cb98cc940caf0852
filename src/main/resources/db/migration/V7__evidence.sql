-- Issue 6: a course completion counts as DANOS evidence only while its certificate is valid.
-- The first day the completion no longer counts because of its certificate (the day after the
-- certificate's expiry date; the completion day when the certificate was revoked); null = only the
-- unit's refresh period applies.
ALTER TABLE competency_evidence ADD COLUMN ends_on DATE;

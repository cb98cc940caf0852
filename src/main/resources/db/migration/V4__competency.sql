-- MAPLE competency (DANOS): evidence rows, the audit trail of sign-off decisions, the materialised
-- status per person and unit, and quiz attempts seen (for "needs attention").
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15+.

CREATE TABLE competency_evidence (
    id           BIGINT PRIMARY KEY,
    person_id    BIGINT NOT NULL REFERENCES person (id),
    unit_code    VARCHAR(20) NOT NULL,
    written_code VARCHAR(30) NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    source_ref   VARCHAR(120) NOT NULL,
    course_code  VARCHAR(80),
    occurred_at  TIMESTAMP NOT NULL,
    questions    INT NOT NULL,
    score_sum    DOUBLE PRECISION NOT NULL,
    detail       VARCHAR(500) NOT NULL,
    recorded_at  TIMESTAMP NOT NULL,
    CONSTRAINT uq_competency_evidence UNIQUE (person_id, unit_code, kind, source_ref)
);
CREATE INDEX ix_competency_evidence_source ON competency_evidence (source_ref);

-- Append-only: a decision is never changed; REOPENED rows undo an earlier one (reopens_id).
CREATE TABLE competency_decision (
    id           BIGINT PRIMARY KEY,
    person_id    BIGINT NOT NULL REFERENCES person (id),
    unit_code    VARCHAR(20) NOT NULL,
    action       VARCHAR(20) NOT NULL,
    comment_text VARCHAR(2000) NOT NULL,
    by_person_id BIGINT NOT NULL REFERENCES person (id),
    by_name      VARCHAR(200) NOT NULL,
    decided_at   TIMESTAMP NOT NULL,
    reopens_id   BIGINT REFERENCES competency_decision (id)
);
CREATE INDEX ix_competency_decision_person ON competency_decision (person_id, unit_code);

-- Derived from evidence and decisions; rebuilt by the recomputation. review_on: the date from which
-- time alone may change the row (it is then recomputed when read).
CREATE TABLE competency_status (
    person_id         BIGINT NOT NULL REFERENCES person (id),
    unit_code         VARCHAR(20) NOT NULL,
    status            VARCHAR(20) NOT NULL,
    valid_until       DATE,
    signed_off_by     VARCHAR(200),
    signed_off_at     TIMESTAMP,
    courses_done      INT NOT NULL,
    courses_required  INT NOT NULL,
    mastery_questions INT NOT NULL,
    mastery_percent   INT,
    evidence_count    INT NOT NULL,
    last_evidence_on  DATE,
    needed            VARCHAR(2000) NOT NULL,
    review_on         DATE,
    computed_on       DATE NOT NULL,
    framework_version INT NOT NULL,
    PRIMARY KEY (person_id, unit_code)
);
CREATE INDEX ix_competency_status_review ON competency_status (review_on);

CREATE TABLE competency_attempt (
    attempt_id  BIGINT PRIMARY KEY,
    person_id   BIGINT NOT NULL REFERENCES person (id),
    course_code VARCHAR(80) NOT NULL,
    attempt_no  INT NOT NULL,
    score       DOUBLE PRECISION NOT NULL,
    passed      BOOLEAN NOT NULL,
    graded_at   TIMESTAMP NOT NULL
);
CREATE INDEX ix_competency_attempt_person ON competency_attempt (person_id, course_code);

-- one recomputation at a time across a cluster (admin button, start-up rebuild)
INSERT INTO app_lock (name) VALUES ('competency-recompute');

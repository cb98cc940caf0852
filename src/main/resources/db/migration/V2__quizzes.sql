-- MAPLE schema v2: question banks (versioned like courses), attempts, answers, grants, regrades.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15+.

-- A bank version: the file as loaded (parsed again on demand; immutable once stored).
CREATE TABLE quiz_bank (
    id              BIGINT PRIMARY KEY,
    course_code     VARCHAR(80) NOT NULL,
    version_no      INT NOT NULL,
    content_hash    VARCHAR(64) NOT NULL,
    current_version BOOLEAN NOT NULL,
    file_name       VARCHAR(300) NOT NULL,
    source          VARCHAR(1000000) NOT NULL,
    question_count  INT NOT NULL,
    loaded_at       TIMESTAMP NOT NULL,
    CONSTRAINT uq_quiz_bank UNIQUE (course_code, version_no)
);
CREATE INDEX ix_quiz_bank_current ON quiz_bank (current_version, course_code);

-- One attempt: the draw (seed and paper) and the bank version are frozen when it starts.
CREATE TABLE quiz_attempt (
    id            BIGINT PRIMARY KEY,
    person_id     BIGINT NOT NULL REFERENCES person (id),
    enrolment_id  BIGINT NOT NULL REFERENCES enrolment (id),
    course_code   VARCHAR(80) NOT NULL,
    bank_id       BIGINT NOT NULL REFERENCES quiz_bank (id),
    attempt_no    INT NOT NULL,
    seed          BIGINT NOT NULL,
    paper         VARCHAR(20000) NOT NULL,
    pass_mark     INT NOT NULL,
    started_at    TIMESTAMP NOT NULL,
    deadline      TIMESTAMP,
    submitted_at  TIMESTAMP,
    closed_by     VARCHAR(20),
    percent       DECIMAL(5, 1),
    passed        BOOLEAN,
    regraded_at   TIMESTAMP,
    version       BIGINT NOT NULL,
    CONSTRAINT uq_quiz_attempt UNIQUE (enrolment_id, attempt_no)
);
CREATE INDEX ix_quiz_attempt_person ON quiz_attempt (person_id, course_code);
CREATE INDEX ix_quiz_attempt_course ON quiz_attempt (course_code, submitted_at);

-- The learner's latest answer per question, saved as it is given.
CREATE TABLE quiz_answer (
    attempt_id  BIGINT NOT NULL REFERENCES quiz_attempt (id),
    question_id VARCHAR(120) NOT NULL,
    answer      VARCHAR(2000) NOT NULL,
    saved_at    TIMESTAMP NOT NULL,
    PRIMARY KEY (attempt_id, question_id)
);

-- Per-question credit of a graded attempt (item statistics, mastery, regrades).
CREATE TABLE quiz_question_result (
    attempt_id  BIGINT NOT NULL REFERENCES quiz_attempt (id),
    question_id VARCHAR(120) NOT NULL,
    position    INT NOT NULL,
    objective   VARCHAR(120) NOT NULL,
    danos_codes VARCHAR(1000) NOT NULL,
    earned      INT NOT NULL,
    possible    INT NOT NULL,
    PRIMARY KEY (attempt_id, question_id)
);

-- Extra attempts or extra time granted to one person for one course, with who and why.
CREATE TABLE quiz_grant (
    id             BIGINT PRIMARY KEY,
    person_id      BIGINT NOT NULL REFERENCES person (id),
    course_code    VARCHAR(80) NOT NULL,
    extra_attempts INT NOT NULL,
    extra_minutes  INT NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    granted_by     BIGINT NOT NULL REFERENCES person (id),
    granted_at     TIMESTAMP NOT NULL
);
CREATE INDEX ix_quiz_grant_person ON quiz_grant (person_id, course_code);

-- Audit of regrades: who applied which bank version to which attempts, and what changed.
CREATE TABLE quiz_regrade (
    id           BIGINT PRIMARY KEY,
    course_code  VARCHAR(80) NOT NULL,
    bank_id      BIGINT NOT NULL REFERENCES quiz_bank (id),
    applied_by   BIGINT NOT NULL REFERENCES person (id),
    applied_at   TIMESTAMP NOT NULL,
    attempts     INT NOT NULL,
    detail       VARCHAR(1000000) NOT NULL
);

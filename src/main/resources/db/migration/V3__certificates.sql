-- MAPLE schema v3: completion certificates, their PDFs, audit trail, expiry reminders, the
-- Open Badges signing key. Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15+.

-- Once-per-cluster work of the certificate feature (see ClusterLock).
INSERT INTO app_lock (name) VALUES ('certificate-key');
INSERT INTO app_lock (name) VALUES ('certificate-jobs');

-- One issued certificate. A reissue (name change) is a new row with the next edition; the old
-- row becomes SUPERSEDED. (issue_key, edition) makes issuing happen exactly once per completion.
CREATE TABLE certificate (
    id             BIGINT PRIMARY KEY,
    code           VARCHAR(20) NOT NULL,
    kind           VARCHAR(20) NOT NULL,
    issue_key      VARCHAR(120) NOT NULL,
    edition        INT NOT NULL,
    person_id      BIGINT NOT NULL REFERENCES person (id),
    enrolment_id   BIGINT REFERENCES enrolment (id),
    holder_name    VARCHAR(200) NOT NULL,
    course_code    VARCHAR(80) NOT NULL,
    course_title   VARCHAR(300) NOT NULL,
    course_version INT NOT NULL,
    completed_on   DATE NOT NULL,
    issued_at      TIMESTAMP NOT NULL,
    score          DOUBLE PRECISION,
    danos_codes    VARCHAR(1000) NOT NULL,
    expires_on     DATE,
    content_hash   VARCHAR(64) NOT NULL,
    state          VARCHAR(20) NOT NULL,
    revoked_reason VARCHAR(500),
    revoked_at     TIMESTAMP,
    superseded_by  BIGINT,
    renewal_assigned_at TIMESTAMP,
    version        BIGINT NOT NULL,
    CONSTRAINT uq_certificate_code UNIQUE (code),
    CONSTRAINT uq_certificate_issue UNIQUE (issue_key, edition)
);
CREATE INDEX ix_certificate_person ON certificate (person_id);
CREATE INDEX ix_certificate_expiry ON certificate (state, expires_on);

-- The rendered PDF of a certificate (rendered once at issue; bulk downloads stream these bytes).
CREATE TABLE certificate_document (
    certificate_id BIGINT PRIMARY KEY REFERENCES certificate (id),
    pdf            BYTEA NOT NULL,
    rendered_at    TIMESTAMP NOT NULL
);

-- Every action on a certificate: issued, reissued, superseded, revoked, renewal assigned, reminded.
CREATE TABLE certificate_audit (
    id             BIGINT PRIMARY KEY,
    certificate_id BIGINT NOT NULL REFERENCES certificate (id),
    action         VARCHAR(30) NOT NULL,
    actor          VARCHAR(254) NOT NULL,
    acted_at       TIMESTAMP NOT NULL,
    detail         VARCHAR(1000)
);
CREATE INDEX ix_certificate_audit ON certificate_audit (certificate_id);

-- An expiry reminder: one row per certificate, threshold (days) and recipient, so each is sent
-- once even if the job runs twice or on two nodes. Also the in-app notice.
CREATE TABLE certificate_reminder (
    id             BIGINT PRIMARY KEY,
    certificate_id BIGINT NOT NULL REFERENCES certificate (id),
    threshold_days INT NOT NULL,
    recipient_id   BIGINT NOT NULL REFERENCES person (id),
    created_at     TIMESTAMP NOT NULL,
    mailed_at      TIMESTAMP,
    mail_attempts  INT NOT NULL,
    mail_error     VARCHAR(500),
    CONSTRAINT uq_certificate_reminder UNIQUE (certificate_id, threshold_days, recipient_id)
);
CREATE INDEX ix_certificate_reminder_recipient ON certificate_reminder (recipient_id);

-- The key MAPLE signs Open Badges credentials with, created on first start (public part in JWKS).
CREATE TABLE signing_key (
    kid         VARCHAR(60) PRIMARY KEY,
    algorithm   VARCHAR(10) NOT NULL,
    private_jwk VARCHAR(10000) NOT NULL,
    public_jwk  VARCHAR(5000) NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    active      BOOLEAN NOT NULL
);

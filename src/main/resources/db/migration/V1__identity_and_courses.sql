-- MAPLE schema v1: people, teams, courses with versions, lessons, learner progress.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15+.

CREATE SEQUENCE maple_seq START WITH 50 INCREMENT BY 50;

-- Named row locks for work that must happen once per cluster (content loading, jobs).
CREATE TABLE app_lock (
    name        VARCHAR(60) PRIMARY KEY,
    holder      VARCHAR(120),
    acquired_at TIMESTAMP
);
INSERT INTO app_lock (name) VALUES ('content-load');
INSERT INTO app_lock (name) VALUES ('bootstrap');

CREATE TABLE person (
    id            BIGINT PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(400),
    start_date    DATE NOT NULL,
    team_id       BIGINT,
    active        BOOLEAN NOT NULL,
    failed_logins INT NOT NULL,
    locked_until  TIMESTAMP,
    created_at    TIMESTAMP NOT NULL,
    version       BIGINT NOT NULL,
    CONSTRAINT uq_person_email UNIQUE (email)
);

CREATE TABLE team (
    id         BIGINT PRIMARY KEY,
    name       VARCHAR(120) NOT NULL,
    manager_id BIGINT REFERENCES person (id),
    version    BIGINT NOT NULL,
    CONSTRAINT uq_team_name UNIQUE (name)
);
ALTER TABLE person ADD CONSTRAINT fk_person_team FOREIGN KEY (team_id) REFERENCES team (id);
CREATE INDEX ix_person_team ON person (team_id);
CREATE INDEX ix_team_manager ON team (manager_id);

CREATE TABLE person_role (
    person_id BIGINT NOT NULL REFERENCES person (id),
    role      VARCHAR(20) NOT NULL,
    PRIMARY KEY (person_id, role)
);

CREATE TABLE course_version (
    id                BIGINT PRIMARY KEY,
    course_code       VARCHAR(80) NOT NULL,
    version_no        INT NOT NULL,
    content_hash      VARCHAR(64) NOT NULL,
    current_version   BOOLEAN NOT NULL,
    title             VARCHAR(200) NOT NULL,
    summary           VARCHAR(4000) NOT NULL,
    audience          VARCHAR(1000) NOT NULL,
    estimated_minutes INT NOT NULL,
    induction         BOOLEAN NOT NULL,
    due_days          INT,
    assigned_roles    VARCHAR(200) NOT NULL,
    refresh_months    INT,
    danos_codes       VARCHAR(1000) NOT NULL,
    objectives        VARCHAR(20000) NOT NULL,
    sources           VARCHAR(20000) NOT NULL,
    loaded_at         TIMESTAMP NOT NULL,
    CONSTRAINT uq_course_version UNIQUE (course_code, version_no)
);
CREATE INDEX ix_course_version_current ON course_version (current_version, course_code);

CREATE TABLE lesson (
    id                BIGINT PRIMARY KEY,
    course_version_id BIGINT NOT NULL REFERENCES course_version (id),
    lesson_key        VARCHAR(120) NOT NULL,
    position          INT NOT NULL,
    title             VARCHAR(300) NOT NULL,
    minutes           INT NOT NULL,
    objectives        VARCHAR(10000) NOT NULL,
    danos_codes       VARCHAR(1000) NOT NULL,
    sources           VARCHAR(10000) NOT NULL,
    markdown          VARCHAR(1000000) NOT NULL,
    html              VARCHAR(1000000) NOT NULL,
    CONSTRAINT uq_lesson_key UNIQUE (course_version_id, lesson_key)
);

CREATE TABLE enrolment (
    id                BIGINT PRIMARY KEY,
    person_id         BIGINT NOT NULL REFERENCES person (id),
    course_code       VARCHAR(80) NOT NULL,
    cycle             INT NOT NULL,
    course_version_id BIGINT NOT NULL REFERENCES course_version (id),
    started_at        TIMESTAMP NOT NULL,
    completed_at      TIMESTAMP,
    last_lesson_key   VARCHAR(120),
    version           BIGINT NOT NULL,
    CONSTRAINT uq_enrolment UNIQUE (person_id, course_code, cycle)
);

CREATE TABLE lesson_completion (
    enrolment_id BIGINT NOT NULL REFERENCES enrolment (id),
    lesson_key   VARCHAR(120) NOT NULL,
    completed_at TIMESTAMP NOT NULL,
    PRIMARY KEY (enrolment_id, lesson_key)
);

-- What the last content load found wrong (file, line, reason), for the admin page on any node.
CREATE TABLE content_problem (
    id          BIGINT PRIMARY KEY,
    file        VARCHAR(500) NOT NULL,
    line_no     INT NOT NULL,
    reason      VARCHAR(2000) NOT NULL,
    detected_at TIMESTAMP NOT NULL
);

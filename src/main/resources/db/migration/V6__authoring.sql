-- MAPLE trainer authoring: drafts (as the very file texts the loaders read), file snapshots of
-- every course version, publications with notes, the audit trail, language hints, lesson images;
-- and the file-import record the loaders use so that an app-published version survives restarts.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15+. Ids come from maple_seq.

-- The hash of what was last imported from each file source ('content/<course>', 'quizzes/<course>.yaml').
-- The loaders make a new version only when the files differ from this (not from the current version).
CREATE TABLE content_file_import (
    source       VARCHAR(300) PRIMARY KEY,
    content_hash VARCHAR(64) NOT NULL,
    imported_at  TIMESTAMP NOT NULL
);

-- One shared draft per course; its files are edited one at a time with optimistic locking.
CREATE TABLE authoring_draft (
    id           BIGINT PRIMARY KEY,
    course_code  VARCHAR(80) NOT NULL,
    base_version INT,
    created_by   VARCHAR(200) NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    CONSTRAINT uq_authoring_draft UNIQUE (course_code)
);

CREATE TABLE authoring_draft_file (
    id          BIGINT PRIMARY KEY,
    draft_id    BIGINT NOT NULL REFERENCES authoring_draft (id) ON DELETE CASCADE,
    path        VARCHAR(300) NOT NULL,
    content     VARCHAR(1000000) NOT NULL,
    updated_by  VARCHAR(200) NOT NULL,
    updated_at  TIMESTAMP NOT NULL,
    version     BIGINT NOT NULL,
    CONSTRAINT uq_authoring_draft_file UNIQUE (draft_id, path)
);

-- The files of each course version exactly as loaded or published (for export, diff and restore).
CREATE TABLE authoring_version_file (
    id          BIGINT PRIMARY KEY,
    course_code VARCHAR(80) NOT NULL,
    version_no  INT NOT NULL,
    path        VARCHAR(300) NOT NULL,
    content     VARCHAR(1000000) NOT NULL,
    CONSTRAINT uq_authoring_version_file UNIQUE (course_code, version_no, path)
);

CREATE TABLE authoring_publication (
    id            BIGINT PRIMARY KEY,
    course_code   VARCHAR(80) NOT NULL,
    version_no    INT NOT NULL,
    bank_version  INT,
    kind          VARCHAR(20) NOT NULL,
    note          VARCHAR(2000) NOT NULL,
    published_by  VARCHAR(200) NOT NULL,
    published_at  TIMESTAMP NOT NULL
);
CREATE INDEX ix_authoring_publication ON authoring_publication (course_code, version_no);

CREATE TABLE authoring_audit (
    id          BIGINT PRIMARY KEY,
    at          TIMESTAMP NOT NULL,
    actor       VARCHAR(200) NOT NULL,
    action      VARCHAR(30) NOT NULL,
    course_code VARCHAR(80) NOT NULL,
    item        VARCHAR(300),
    version_no  INT,
    detail      VARCHAR(2000)
);
CREATE INDEX ix_authoring_audit ON authoring_audit (at);

-- Terms trainers added to the built-in list of language hints (src/main/resources/org/maple/authoring/language-hints.tsv).
CREATE TABLE authoring_language_hint (
    id         BIGINT PRIMARY KEY,
    term       VARCHAR(100) NOT NULL,
    suggestion VARCHAR(500) NOT NULL,
    added_by   VARCHAR(200) NOT NULL,
    added_at   TIMESTAMP NOT NULL,
    CONSTRAINT uq_authoring_language_hint UNIQUE (term)
);

-- Images for lessons, checked by content sniffing; served at /api/lesson-images/<course>/<name>.
CREATE TABLE authoring_image (
    id          BIGINT PRIMARY KEY,
    course_code VARCHAR(80) NOT NULL,
    name        VARCHAR(120) NOT NULL,
    media_type  VARCHAR(40) NOT NULL,
    alt_text    VARCHAR(500) NOT NULL,
    data_base64 VARCHAR(1000000) NOT NULL,
    uploaded_by VARCHAR(200) NOT NULL,
    uploaded_at TIMESTAMP NOT NULL,
    CONSTRAINT uq_authoring_image UNIQUE (course_code, name)
);

-- MAPLE practice records: local mutual aid directory, open-meeting log, FAMA practice log,
-- supervision (prompts as editable data, sessions, checklist items, agreed actions).
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15+. Ids come from maple_seq.

CREATE TABLE directory_entry (
    id                  BIGINT PRIMARY KEY,
    fellowship          VARCHAR(30) NOT NULL,
    other_fellowship    VARCHAR(200),
    name                VARCHAR(200) NOT NULL,
    day_of_week         VARCHAR(10) NOT NULL,
    start_time          TIME NOT NULL,
    end_time            TIME,
    venue               VARCHAR(2000),
    online_url          VARCHAR(2000),
    access              VARCHAR(10) NOT NULL,
    accessibility_notes VARCHAR(2000),
    contact_route       VARCHAR(2000),
    notes               VARCHAR(2000),
    source              VARCHAR(40) NOT NULL,
    source_key          VARCHAR(200),
    last_verified_on    DATE NOT NULL,
    last_verified_by    VARCHAR(200) NOT NULL,
    active              BOOLEAN NOT NULL,
    created_at          TIMESTAMP NOT NULL,
    updated_at          TIMESTAMP NOT NULL,
    version             BIGINT NOT NULL,
    CONSTRAINT uq_directory_source UNIQUE (source, source_key)
);
CREATE INDEX ix_directory_day ON directory_entry (active, day_of_week, start_time);
CREATE INDEX ix_directory_verified ON directory_entry (active, last_verified_on);

-- No column for names, photos or locations of other attendees: anonymity by design.
CREATE TABLE meeting_log (
    id                 BIGINT PRIMARY KEY,
    person_id          BIGINT NOT NULL REFERENCES person (id),
    fellowship         VARCHAR(30) NOT NULL,
    other_fellowship   VARCHAR(200),
    attended_on        DATE NOT NULL,
    mode               VARCHAR(20) NOT NULL,
    directory_entry_id BIGINT REFERENCES directory_entry (id),
    what_happened      VARCHAR(4000) NOT NULL,
    what_surprised     VARCHAR(4000) NOT NULL,
    client_difficulty  VARCHAR(4000) NOT NULL,
    how_describe       VARCHAR(4000) NOT NULL,
    review_state       VARCHAR(20) NOT NULL,
    review_comment     VARCHAR(2000),
    reviewed_by        BIGINT REFERENCES person (id),
    reviewer_name      VARCHAR(200),
    reviewed_at        TIMESTAMP,
    created_at         TIMESTAMP NOT NULL,
    updated_at         TIMESTAMP NOT NULL,
    version            BIGINT NOT NULL
);
CREATE INDEX ix_meeting_log_person ON meeting_log (person_id, attended_on);

-- De-identified: the client is only a service-local reference, checked for identifiers on entry.
CREATE TABLE fama_log (
    id               BIGINT PRIMARY KEY,
    person_id        BIGINT NOT NULL REFERENCES person (id),
    client_ref       VARCHAR(40) NOT NULL,
    practice_on      DATE NOT NULL,
    assess_done      BOOLEAN NOT NULL,
    assess_notes     VARCHAR(4000),
    link_done        BOOLEAN NOT NULL,
    link_notes       VARCHAR(4000),
    follow_up_done   BOOLEAN NOT NULL,
    follow_up_notes  VARCHAR(4000),
    groups_offered   VARCHAR(400) NOT NULL,
    groups_other     VARCHAR(400),
    attended_first   VARCHAR(20) NOT NULL,
    still_attending  VARCHAR(20) NOT NULL,
    reflection       VARCHAR(4000) NOT NULL,
    review_state     VARCHAR(20) NOT NULL,
    review_comment   VARCHAR(2000),
    reviewed_by      BIGINT REFERENCES person (id),
    reviewer_name    VARCHAR(200),
    reviewed_at      TIMESTAMP,
    created_at       TIMESTAMP NOT NULL,
    updated_at       TIMESTAMP NOT NULL,
    version          BIGINT NOT NULL
);
CREATE INDEX ix_fama_log_person ON fama_log (person_id, practice_on);

-- The organisation's supervision prompts (admins edit them); seeded with PHE (2015)'s thirteen.
CREATE TABLE supervision_prompt (
    code        VARCHAR(20) PRIMARY KEY,
    prompt_text VARCHAR(500) NOT NULL,
    position    INT NOT NULL,
    active      BOOLEAN NOT NULL,
    version     BIGINT NOT NULL
);
INSERT INTO supervision_prompt VALUES ('SP-01', 'Are you aware of all the mutual aid groups on offer locally?', 1, TRUE, 1);
INSERT INTO supervision_prompt VALUES ('SP-02', 'Are you aware of the evidence base supporting mutual aid?', 2, TRUE, 1);
INSERT INTO supervision_prompt VALUES ('SP-03', 'Have you attended some meetings?', 3, TRUE, 1);
INSERT INTO supervision_prompt VALUES ('SP-04', 'What are your views of local groups?', 4, TRUE, 1);
INSERT INTO supervision_prompt VALUES ('SP-05', 'Do you regularly use the FAMA three-stage process to help service users on your caseload engage with local mutual aid meetings?', 5, TRUE, 1);
INSERT INTO supervision_prompt VALUES ('SP-06', 'Do you use other ways of doing this?', 6, TRUE, 1);
INSERT INTO supervision_prompt VALUES ('SP-07', 'Do you know how effective your methods are?', 7, TRUE, 1);
INSERT INTO supervision_prompt VALUES ('SP-08', 'How do you measure or assess your success?', 8, TRUE, 1);
INSERT INTO supervision_prompt VALUES ('SP-09', 'Have you thought of ways you could improve your performance in terms of helping people engage actively with mutual aid?', 9, TRUE, 1);
INSERT INTO supervision_prompt VALUES ('SP-10', 'Do you think there is a wide enough choice of meetings locally?', 10, TRUE, 1);
INSERT INTO supervision_prompt VALUES ('SP-11', 'Have you thought what you might be able to do to improve the range of meetings available locally?', 11, TRUE, 1);
INSERT INTO supervision_prompt VALUES ('SP-12', 'Do you use local recovery champions or peer support group members to support people going to groups for the first time?', 12, TRUE, 1);
INSERT INTO supervision_prompt VALUES ('SP-13', 'Do you think the service could do more to encourage people to engage with mutual aid?', 13, TRUE, 1);

CREATE TABLE supervision_session (
    id              BIGINT PRIMARY KEY,
    supervisee_id   BIGINT NOT NULL REFERENCES person (id),
    supervisor_id   BIGINT NOT NULL REFERENCES person (id),
    held_on         DATE NOT NULL,
    notes           VARCHAR(20000) NOT NULL,
    state           VARCHAR(20) NOT NULL,
    acknowledged_at TIMESTAMP,
    staff_comment   VARCHAR(2000),
    reopened_at     TIMESTAMP,
    reopen_reason   VARCHAR(2000),
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    version         BIGINT NOT NULL
);
CREATE INDEX ix_supervision_supervisee ON supervision_session (supervisee_id, held_on);
CREATE INDEX ix_supervision_supervisor ON supervision_session (supervisor_id, held_on);

-- The checklist as it was at the session (prompt text copied: later edits of prompts do not rewrite history).
CREATE TABLE supervision_item (
    session_id  BIGINT NOT NULL REFERENCES supervision_session (id),
    position    INT NOT NULL,
    prompt_code VARCHAR(20) NOT NULL,
    prompt_text VARCHAR(500) NOT NULL,
    discussed   BOOLEAN NOT NULL,
    note        VARCHAR(2000),
    PRIMARY KEY (session_id, position)
);

CREATE TABLE supervision_action (
    session_id  BIGINT NOT NULL REFERENCES supervision_session (id),
    position    INT NOT NULL,
    action_text VARCHAR(1000) NOT NULL,
    due_on      DATE NOT NULL,
    PRIMARY KEY (session_id, position)
);

-- SPDX-License-Identifier: GPL-3.0-or-later
-- Recueil schema, step 1 (SQLite). Statements end with ';' at the end of a line;
-- a CREATE TRIGGER runs until its 'END;' line.
CREATE TABLE campaign (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    organisers  TEXT NOT NULL,
    opens_on    TEXT,
    closes_on   TEXT NOT NULL,
    time_zone   TEXT NOT NULL DEFAULT 'Europe/Paris',
    language    TEXT NOT NULL DEFAULT 'fr'
);

CREATE TABLE review_state (
    code      TEXT PRIMARY KEY,
    position  INTEGER NOT NULL,
    label_fr  TEXT NOT NULL,
    label_en  TEXT NOT NULL
);

CREATE TABLE theme (
    code      TEXT PRIMARY KEY,
    position  INTEGER NOT NULL,
    label_fr  TEXT NOT NULL,
    label_en  TEXT NOT NULL,
    retired   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE subtopic (
    code        TEXT PRIMARY KEY,
    theme_code  TEXT NOT NULL REFERENCES theme(code),
    position    INTEGER NOT NULL,
    label_fr    TEXT NOT NULL,
    label_en    TEXT NOT NULL,
    retired     INTEGER NOT NULL DEFAULT 0
);

-- The authorities contributions refer to, copied from the official list when first used.
CREATE TABLE authority (
    code         TEXT PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('commune', 'epci')),
    name         TEXT NOT NULL,
    departement  TEXT NOT NULL DEFAULT '',
    region       TEXT NOT NULL DEFAULT '',
    population   INTEGER NOT NULL DEFAULT 0,
    epci_code    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE contact (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL DEFAULT '',
    role   TEXT NOT NULL DEFAULT '',
    email  TEXT NOT NULL DEFAULT '',
    phone  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE contribution (
    id                    INTEGER PRIMARY KEY,
    campaign_id           INTEGER NOT NULL REFERENCES campaign(id),
    authority_code        TEXT REFERENCES authority(code), -- NULL until a coordinator confirms an imported email's authority
    contact_id            INTEGER REFERENCES contact(id),
    title                 TEXT NOT NULL,
    channel               TEXT NOT NULL CHECK (channel IN ('email', 'courrier', 'telephone', 'formulaire')),
    received_at           TEXT NOT NULL,
    status                TEXT NOT NULL DEFAULT 'received' REFERENCES review_state(code),
    primary_theme         TEXT REFERENCES theme(code),
    consent_name          INTEGER NOT NULL DEFAULT 0,
    late_override_by      TEXT,
    late_override_reason  TEXT,
    created_by            TEXT NOT NULL,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    version               INTEGER NOT NULL DEFAULT 1,
    deleted_at            TEXT,
    deleted_by            TEXT,
    assigned_to           TEXT,
    -- The long texts come last: the short columns that lists filter and sort on stay in the
    -- row's first page instead of behind kilobytes of testimony.
    body                  TEXT NOT NULL DEFAULT '',
    difficulties          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contribution_received_at ON contribution(received_at);
CREATE INDEX contribution_live ON contribution(received_at, id) WHERE deleted_at IS NULL;
CREATE INDEX contribution_status ON contribution(status, received_at);
CREATE INDEX contribution_authority ON contribution(authority_code);

CREATE TABLE contribution_theme (
    contribution_id  INTEGER NOT NULL REFERENCES contribution(id),
    theme_code       TEXT NOT NULL REFERENCES theme(code),
    PRIMARY KEY (contribution_id, theme_code)
) WITHOUT ROWID;
CREATE INDEX contribution_theme_theme ON contribution_theme(theme_code, contribution_id);

CREATE TABLE contribution_subtopic (
    contribution_id  INTEGER NOT NULL REFERENCES contribution(id),
    subtopic_code    TEXT NOT NULL REFERENCES subtopic(code),
    PRIMARY KEY (contribution_id, subtopic_code)
) WITHOUT ROWID;

CREATE TABLE tag (
    id       INTEGER PRIMARY KEY,
    label    TEXT NOT NULL UNIQUE COLLATE NOCASE,
    retired  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE contribution_tag (
    contribution_id  INTEGER NOT NULL REFERENCES contribution(id),
    tag_id           INTEGER NOT NULL REFERENCES tag(id),
    PRIMARY KEY (contribution_id, tag_id)
) WITHOUT ROWID;

-- Every email brought in, byte for byte. hold is NULL once it belongs to a contribution,
-- 'late' or 'needs_date' while it waits in the holding list, 'discarded' when set aside.
CREATE TABLE source_message (
    id               INTEGER PRIMARY KEY,
    contribution_id  INTEGER REFERENCES contribution(id),
    role             TEXT NOT NULL DEFAULT 'testimony' CHECK (role IN ('testimony', 'complement')),
    hold             TEXT CHECK (hold IN ('late', 'needs_date', 'discarded')),
    message_id       TEXT,
    in_reply_to      TEXT,
    refs             TEXT NOT NULL DEFAULT '',
    from_name        TEXT NOT NULL DEFAULT '',
    from_address     TEXT NOT NULL DEFAULT '',
    subject          TEXT NOT NULL DEFAULT '',
    sent_at          TEXT,
    received_at      TEXT,
    source_path      TEXT NOT NULL DEFAULT '',
    mbox_index       INTEGER,
    raw              BLOB NOT NULL,
    sha256           TEXT NOT NULL,
    size             INTEGER NOT NULL,
    imported_at      TEXT NOT NULL,
    imported_by      TEXT NOT NULL
);
CREATE UNIQUE INDEX source_message_sha256 ON source_message(sha256);
CREATE INDEX source_message_message_id ON source_message(message_id);
CREATE INDEX source_message_contribution ON source_message(contribution_id);

CREATE TABLE attachment (
    id                 INTEGER PRIMARY KEY,
    source_message_id  INTEGER NOT NULL REFERENCES source_message(id),
    filename           TEXT NOT NULL,
    safe_name          TEXT NOT NULL,
    mime               TEXT NOT NULL DEFAULT 'application/octet-stream',
    size               INTEGER NOT NULL,
    sha256             TEXT NOT NULL,
    data               BLOB NOT NULL
);
CREATE INDEX attachment_source ON attachment(source_message_id);

CREATE TABLE audit_log (
    id               INTEGER PRIMARY KEY,
    at               TEXT NOT NULL,
    actor            TEXT NOT NULL,
    contribution_id  INTEGER,
    action           TEXT NOT NULL,
    field            TEXT,
    old_value        TEXT,
    new_value        TEXT,
    reason           TEXT
);
CREATE INDEX audit_log_contribution ON audit_log(contribution_id, id);

CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Full-text index, kept by the repository (rowid = contribution id). Free tags have their
-- own small index so that tagging thousands of contributions does not re-index their text.
CREATE VIRTUAL TABLE contribution_fts USING fts5(
    title, body, difficulties, authority, contact,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE VIRTUAL TABLE contribution_tag_fts USING fts5(
    tags,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

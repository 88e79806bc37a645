-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 2: people and roles, assignment, comments, saved searches, the four-eyes rule.
CREATE TABLE person (
    login         TEXT PRIMARY KEY,
    display_name  TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL CHECK (role IN ('coordinator', 'reviewer', 'admin')),
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL
);

ALTER TABLE campaign ADD COLUMN four_eyes INTEGER NOT NULL DEFAULT 1;

CREATE INDEX contribution_assigned ON contribution(assigned_to, status);

CREATE TABLE comment (
    id               INTEGER PRIMARY KEY,
    contribution_id  INTEGER NOT NULL REFERENCES contribution(id),
    author           TEXT NOT NULL,
    at               TEXT NOT NULL,
    body             TEXT NOT NULL
);
CREATE INDEX comment_contribution ON comment(contribution_id, id);

CREATE TABLE saved_search (
    id      INTEGER PRIMARY KEY,
    owner   TEXT NOT NULL,
    name    TEXT NOT NULL,
    query   TEXT NOT NULL,
    UNIQUE (owner, name)
);

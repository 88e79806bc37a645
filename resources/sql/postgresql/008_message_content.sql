-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 8: one email is stored once, even when two importers store it at the same moment or
-- one copy has CRLF line ends. content_sha256 hashes the bytes with line ends made alike; the
-- same Message-ID with the same content cannot be stored twice (a different email that reuses
-- a Message-ID can: it is kept, with a warning). Rows stored before this step have no content
-- hash; the importer computes theirs from their bytes when it needs it.
ALTER TABLE source_message ADD COLUMN content_sha256 text;

CREATE UNIQUE INDEX source_message_same_content
    ON source_message ((coalesce(message_id, '')), content_sha256)
    WHERE content_sha256 IS NOT NULL;

-- A late override is an administrator's written reason: blanks alone are not one, whichever
-- login writes the row. (NOT VALID: checked on every new or changed row, rows already
-- stored are not re-read.)
ALTER TABLE contribution ADD CONSTRAINT contribution_late_reason_written
    CHECK (late_override_reason IS NULL OR btrim(late_override_reason, E' \t\r\n') <> '') NOT VALID;

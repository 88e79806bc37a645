-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 4: the right to erasure (RGPD art. 17). The audit log stays append-only, with one narrow
-- exception: while the one-row erasure_in_progress table holds its row, which ContactEraser
-- inserts and deletes inside the same transaction as its redaction, the old, new and reason
-- values of existing entries may be rewritten. Nothing else of an entry may ever change, and
-- no entry may ever be deleted. The erasure itself is logged (action 'erase_contact').
CREATE TABLE erasure_in_progress (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    started_at  TEXT NOT NULL
);

DROP TRIGGER audit_log_append_only_update;

CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_redaction_only BEFORE UPDATE OF id, at, actor, contribution_id, action, field ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

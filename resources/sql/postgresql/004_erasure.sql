-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 4: the right to erasure (RGPD art. 17), as the SQLite step 4. The audit log stays
-- append-only, with one narrow exception: while the one-row erasure_in_progress table holds its
-- row (inserted and deleted by the erasure inside its own transaction), the old, new and reason
-- values of existing entries may be rewritten, by an administrator's login only. Nothing else of
-- an entry may ever change, and no entry may ever be deleted or truncated.
CREATE TABLE erasure_in_progress (
    id          integer PRIMARY KEY CHECK (id = 1),
    started_at  text NOT NULL
);

CREATE OR REPLACE FUNCTION recueil_audit_log_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF EXISTS (SELECT 1 FROM erasure_in_progress) AND NEW.id = OLD.id AND NEW.at = OLD.at
           AND NEW.actor = OLD.actor AND NEW.contribution_id IS NOT DISTINCT FROM OLD.contribution_id
           AND NEW.action = OLD.action AND NEW.field IS NOT DISTINCT FROM OLD.field THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$ LANGUAGE plpgsql;

GRANT SELECT ON erasure_in_progress TO recueil_coordinator, recueil_reviewer, recueil_admin;
GRANT INSERT, DELETE ON erasure_in_progress TO recueil_admin;
GRANT UPDATE (old_value, new_value, reason) ON audit_log TO recueil_admin;

-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 13: a testimony is validated with one theme at least. The dossier files each testimony
-- under its themes, so one without any would print nowhere. The window and the command line
-- say so first (ReviewWorkflow); the server refuses it from every login, psql included.
-- Written so that it can run again (an upgrade test replays the last step).
CREATE OR REPLACE FUNCTION contribution_validated_has_theme() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'validated' AND OLD.status <> 'validated'
       AND NOT EXISTS (SELECT 1 FROM contribution_theme WHERE contribution_id = NEW.id) THEN
        RAISE EXCEPTION 'no theme: a contribution is validated with at least one theme'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS contribution_validated_has_theme ON contribution;
CREATE TRIGGER contribution_validated_has_theme BEFORE UPDATE OF status ON contribution
    FOR EACH ROW EXECUTE FUNCTION contribution_validated_has_theme();

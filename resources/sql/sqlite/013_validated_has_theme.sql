-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 13: a testimony is validated with one theme at least. The dossier files each testimony
-- under its themes, so one without any would print nowhere. The window and the command line
-- say so first (ReviewWorkflow); the database refuses it from any writer, plain SQL included.
CREATE TRIGGER contribution_validated_has_theme BEFORE UPDATE OF status ON contribution
WHEN NEW.status = 'validated' AND OLD.status <> 'validated'
    AND NOT EXISTS (SELECT 1 FROM contribution_theme WHERE contribution_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'no theme: a contribution is validated with at least one theme');
END;

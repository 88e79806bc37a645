-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 15: an imported testimony keeps two texts. body is the text to publish, which the
-- dossier, the exports and the search use: import proposes it from the email's text (greetings,
-- closings, signatures, quoted replies and footers left out, core/publishabletext.h), and people
-- edit it. original_text is the email's text as it came; the server keeps it as written at
-- import (a complement may only add to it), the right to erasure being the one exception.
-- NULL for a testimony typed by hand. text_reviewed is 1 once a person edited the text to
-- publish (the dossier says « texte revu »).
-- Written so that it can run again (an upgrade test replays the last step).
ALTER TABLE contribution ADD COLUMN IF NOT EXISTS original_text text;
ALTER TABLE contribution ADD COLUMN IF NOT EXISTS text_reviewed integer NOT NULL DEFAULT 0;
ALTER TABLE contribution DROP CONSTRAINT IF EXISTS contribution_text_reviewed_check;
ALTER TABLE contribution ADD CONSTRAINT contribution_text_reviewed_check CHECK (text_reviewed IN (0, 1));

CREATE OR REPLACE FUNCTION recueil_original_text_kept() RETURNS trigger AS $$
BEGIN
    IF NEW.original_text IS DISTINCT FROM OLD.original_text
       AND NOT EXISTS (SELECT 1 FROM erasure_in_progress)
       AND NOT (OLD.original_text IS NOT NULL AND NEW.original_text IS NOT NULL
                AND left(NEW.original_text, length(OLD.original_text)) = OLD.original_text) THEN
        RAISE EXCEPTION 'the original text of a testimony is kept as it came: only a complement adds to it'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS contribution_original_text_kept ON contribution;
CREATE TRIGGER contribution_original_text_kept BEFORE UPDATE OF original_text ON contribution
    FOR EACH ROW EXECUTE FUNCTION recueil_original_text_kept();

-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 10: a testimony whose review is finished (validated or set aside) goes back to review when
-- its title, text or difficulties change, whoever writes them and however (the window, the
-- command line, an accepted complement, plain SQL): what was validated is what gets printed.
-- The erasure (the erasure_in_progress row) is the one exception: it replaces words, it does
-- not change what the testimony says.
CREATE TRIGGER contribution_back_to_review AFTER UPDATE OF title, body, difficulties ON contribution
WHEN OLD.status IN ('validated', 'rejected') AND NEW.status = OLD.status
    AND (NEW.title IS NOT OLD.title OR NEW.body IS NOT OLD.body OR NEW.difficulties IS NOT OLD.difficulties)
    AND NOT EXISTS (SELECT 1 FROM erasure_in_progress)
BEGIN
    UPDATE contribution SET status = 'in_review' WHERE id = NEW.id;
END;

-- A reply to a testimony whose review is finished, or from someone other than its contact,
-- waits for a person to accept it: it is kept with the testimony it answers and no contribution
-- (the holding list shows it as « complement »). Accepting it joins it and sends the testimony
-- back to review (the trigger above).
ALTER TABLE source_message ADD COLUMN held_reply_to INTEGER;

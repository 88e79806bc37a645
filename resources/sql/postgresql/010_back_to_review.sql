-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 10: a testimony whose review is finished (validated or set aside) goes back to review when
-- its title, text or difficulties change, for every login including the schema's owner (step 9
-- did it for validated testimonies and campaign logins only). The erasure is the one exception.
CREATE OR REPLACE FUNCTION recueil_contribution_identity() RETURNS trigger AS $$
DECLARE
    four_eyes boolean;
BEGIN
    -- Back to review, for every login (the owner too): what was validated is what gets printed.
    IF TG_OP = 'UPDATE' AND OLD.status IN ('validated', 'rejected') AND NEW.status = OLD.status
       AND (NEW.title, NEW.body, NEW.difficulties) IS DISTINCT FROM (OLD.title, OLD.body, OLD.difficulties)
       AND NOT EXISTS (SELECT 1 FROM erasure_in_progress) THEN
        NEW.status := 'in_review';
    END IF;
    IF NOT recueil_is_campaign_login() THEN
        RETURN NEW;
    END IF;
    SELECT c.four_eyes <> 0 INTO four_eyes FROM campaign c WHERE c.id = NEW.campaign_id;
    IF TG_OP = 'INSERT' THEN
        NEW.created_by := session_user;
        IF NEW.deleted_at IS NOT NULL THEN
            NEW.deleted_by := session_user;
        END IF;
        IF NEW.status = 'validated' AND coalesce(four_eyes, true) THEN
            RAISE EXCEPTION 'four eyes: a contribution is validated by someone other than the person who entered it'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    NEW.created_by := OLD.created_by;
    IF NEW.deleted_at IS DISTINCT FROM OLD.deleted_at THEN
        NEW.deleted_by := CASE WHEN NEW.deleted_at IS NULL THEN NULL ELSE session_user END;
    ELSE
        NEW.deleted_by := OLD.deleted_by;
    END IF;
    IF NEW.status = 'validated' AND OLD.status <> 'validated' AND coalesce(four_eyes, true)
       AND OLD.created_by = session_user THEN
        RAISE EXCEPTION 'four eyes: a contribution is validated by someone other than the person who entered it'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;

-- A reply to a testimony whose review is finished, or from someone other than its contact,
-- waits for a person to accept it: it is kept with the testimony it answers and no contribution
-- (the holding list shows it as « complement »). Accepting it joins it and sends the testimony
-- back to review (the function above).
ALTER TABLE source_message ADD COLUMN held_reply_to bigint;

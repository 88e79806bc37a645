-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 14: a testimony typed after the close (a letter, a phone call) waits in the holding list
-- (« En attente ») as a late email does, with everything typed and the reason it came late,
-- until an administrator accepts it (hold goes back to NULL, with the acceptance's reason) or
-- someone sets it aside ('discarded': kept, out of every list). A held row is in no list,
-- count, search or dossier.
-- The deadline trigger lets a held row in whatever its receipt time, and judges the row again
-- when it leaves the holding list: only an administrator, with a reason, lets a late one out.
-- Written so that it can run again (an upgrade test replays the last step).
ALTER TABLE contribution ADD COLUMN IF NOT EXISTS hold text;
ALTER TABLE contribution ADD COLUMN IF NOT EXISTS hold_reason text;
ALTER TABLE contribution DROP CONSTRAINT IF EXISTS contribution_hold_check;
ALTER TABLE contribution ADD CONSTRAINT contribution_hold_check CHECK (hold IN ('late', 'discarded'));

CREATE OR REPLACE FUNCTION recueil_deadline_guard() RETURNS trigger AS $$
DECLARE
    closing timestamptz;
BEGIN
    NEW.received_at := recueil_utc_instant(NEW.received_at);
    IF NEW.late_override_by IS NOT NULL AND recueil_is_campaign_login()
       AND (TG_OP = 'INSERT' OR NEW.late_override_by IS DISTINCT FROM OLD.late_override_by
            OR NEW.late_override_reason IS DISTINCT FROM OLD.late_override_reason) THEN
        NEW.late_override_by := session_user;
    END IF;
    IF NEW.hold IS NOT NULL THEN
        -- Waiting in the holding list: in no list, kept whatever its date.
        IF btrim(coalesce(NEW.hold_reason, ''), E' \t\r\n') = '' THEN
            RAISE EXCEPTION 'a testimony waits in the holding list with the reason it came late'
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    SELECT (CAST(closes_on AS date) + 1)::timestamp AT TIME ZONE time_zone INTO closing
        FROM campaign WHERE id = NEW.campaign_id;
    IF closing IS NULL OR CAST(NEW.received_at AS timestamptz) < closing THEN
        RETURN NEW;
    END IF;
    IF NEW.late_override_by IS NULL OR btrim(coalesce(NEW.late_override_reason, ''), E' \t\r\n') = '' THEN
        RAISE EXCEPTION 'contribution received after the close (%): an administrator must accept it with a reason', NEW.received_at
            USING ERRCODE = 'check_violation';
    END IF;
    IF (TG_OP = 'INSERT' OR NEW.late_override_by IS DISTINCT FROM OLD.late_override_by
        OR NEW.received_at IS DISTINCT FROM OLD.received_at OR OLD.hold IS NOT NULL)
       AND recueil_is_campaign_login() AND NOT pg_has_role(session_user, 'recueil_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'only an administrator can accept a contribution received after the close'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS contribution_deadline ON contribution;
CREATE TRIGGER contribution_deadline
    BEFORE INSERT OR UPDATE OF received_at, late_override_by, late_override_reason, hold ON contribution
    FOR EACH ROW EXECUTE FUNCTION recueil_deadline_guard();

-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 9: rules the server holds whatever a client sends, for the campaign's logins (members
-- of recueil_coordinator, recueil_reviewer or recueil_admin; a superuser is trusted, as it can
-- switch any trigger off — docs/team-mode.md).
-- - Receipt times are ISO 8601 with their offset, read the same whatever the session's TimeZone
--   or DateStyle: no "epoch", no infinity, no BC date, no offset beyond ±14:00, years 1990–2100;
--   stored in UTC as the application writes them.
-- - Who did it is the login: created_by, deleted_by, late_override_by, the audit log's actor
--   and a comment's author are set to session_user, whatever the client wrote.
-- - Four eyes: nobody validates a contribution they entered (when the campaign asks for it).
-- - A validated testimony whose texts change goes back to review.
-- - A stored email's bytes and checksum never change after import, and its receipt time is set
--   once; the erasure (erasure_in_progress) is the one exception.

CREATE OR REPLACE FUNCTION recueil_is_campaign_login() RETURNS boolean AS $$
    SELECT NOT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
       AND (pg_has_role(session_user, 'recueil_coordinator', 'MEMBER')
            OR pg_has_role(session_user, 'recueil_reviewer', 'MEMBER')
            OR pg_has_role(session_user, 'recueil_admin', 'MEMBER'));
$$ LANGUAGE sql STABLE;

CREATE OR REPLACE FUNCTION recueil_utc_instant(value text) RETURNS text AS $$
DECLARE
    m text[];
    instant timestamptz;
    offset_minutes integer := 0;
BEGIN
    IF value IS NULL THEN
        RETURN NULL;
    END IF;
    m := regexp_match(value,
        '^([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2})(:([0-9]{2})(\.[0-9]{1,6})?)?(Z|([+-])([0-9]{2}):?([0-9]{2}))$');
    IF m IS NULL THEN
        RAISE EXCEPTION 'a receipt time is written in ISO 8601 with its offset, such as 2021-03-20T22:59:59Z, not "%"', value
            USING ERRCODE = 'invalid_datetime_format';
    END IF;
    IF CAST(m[1] AS integer) NOT BETWEEN 1990 AND 2100 THEN
        RAISE EXCEPTION 'the receipt time "%" is not a date of this campaign', value
            USING ERRCODE = 'datetime_field_overflow';
    END IF;
    IF m[9] <> 'Z' THEN
        offset_minutes := CAST(m[11] AS integer) * 60 + CAST(m[12] AS integer);
        IF offset_minutes > 14 * 60 THEN
            RAISE EXCEPTION 'the offset of "%" is beyond ±14:00', value USING ERRCODE = 'invalid_time_zone_displacement_value';
        END IF;
        IF m[10] = '-' THEN
            offset_minutes := -offset_minutes;
        END IF;
    END IF;
    instant := make_timestamptz(CAST(m[1] AS integer), CAST(m[2] AS integer), CAST(m[3] AS integer),
        CAST(m[4] AS integer), CAST(m[5] AS integer),
        coalesce(CAST(m[7] AS double precision), 0) + coalesce(CAST('0' || m[8] AS double precision), 0), 'UTC')
        - make_interval(mins => offset_minutes);
    IF coalesce(m[8], '') = '' OR CAST('0' || m[8] AS double precision) = 0 THEN
        RETURN to_char(instant AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
    END IF;
    RETURN to_char(instant AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
END $$ LANGUAGE plpgsql IMMUTABLE;

-- The deadline, judged on the instant in UTC.
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
        OR NEW.received_at IS DISTINCT FROM OLD.received_at)
       AND recueil_is_campaign_login() AND NOT pg_has_role(session_user, 'recueil_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'only an administrator can accept a contribution received after the close'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;

-- Who, four eyes, and back to review.
CREATE OR REPLACE FUNCTION recueil_contribution_identity() RETURNS trigger AS $$
DECLARE
    four_eyes boolean;
BEGIN
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
    IF OLD.status = 'validated' AND NEW.status = 'validated'
       AND (NEW.title, NEW.body, NEW.difficulties) IS DISTINCT FROM (OLD.title, OLD.body, OLD.difficulties)
       AND NOT EXISTS (SELECT 1 FROM erasure_in_progress) THEN
        NEW.status := 'in_review';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
-- Triggers fire in the order of their names: this one after contribution_review_guard, which
-- must judge the state the client asked for, not the « back to review » this one may set.
CREATE TRIGGER contribution_who_and_four_eyes BEFORE INSERT OR UPDATE ON contribution
    FOR EACH ROW EXECUTE FUNCTION recueil_contribution_identity();

CREATE OR REPLACE FUNCTION recueil_actor_is_login() RETURNS trigger AS $$
BEGIN
    IF recueil_is_campaign_login() THEN
        IF TG_TABLE_NAME = 'audit_log' THEN
            NEW.actor := session_user;
        ELSIF TG_TABLE_NAME = 'comment' THEN
            NEW.author := session_user;
        END IF;
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER audit_log_actor BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION recueil_actor_is_login();
CREATE TRIGGER comment_author BEFORE INSERT ON comment FOR EACH ROW EXECUTE FUNCTION recueil_actor_is_login();

-- A stored email as it came.
CREATE OR REPLACE FUNCTION recueil_source_message_kept() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.received_at := recueil_utc_instant(NEW.received_at);
        RETURN NEW;
    END IF;
    IF EXISTS (SELECT 1 FROM erasure_in_progress) THEN
        RETURN NEW;
    END IF;
    IF NEW.raw IS DISTINCT FROM OLD.raw OR NEW.sha256 IS DISTINCT FROM OLD.sha256 OR NEW.size IS DISTINCT FROM OLD.size THEN
        RAISE EXCEPTION 'a stored email is kept as it came: its bytes and checksum never change'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.received_at IS DISTINCT FROM OLD.received_at THEN
        IF OLD.received_at IS NOT NULL THEN
            RAISE EXCEPTION 'the receipt time of a stored email is set once'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        NEW.received_at := recueil_utc_instant(NEW.received_at);
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER source_message_kept BEFORE INSERT OR UPDATE ON source_message
    FOR EACH ROW EXECUTE FUNCTION recueil_source_message_kept();

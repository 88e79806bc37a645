-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 16: a campaign is settings, not code (core/campaignsettings.h). Who may answer the call
-- (kinds of authority, a population band, overseas or not: outside it is a warning, never a
-- refusal) and the dossier's cover texts. The 2021 call's values are the defaults, so a
-- database made before this step keeps its call as it was. The server refuses a time zone it
-- does not know: its deadline trigger reads it.
-- Written so that it can run again (an upgrade test replays the last step).
ALTER TABLE campaign ADD COLUMN IF NOT EXISTS eligible_kinds text NOT NULL DEFAULT 'commune,epci';
ALTER TABLE campaign ADD COLUMN IF NOT EXISTS population_min integer NOT NULL DEFAULT 10000;
ALTER TABLE campaign ADD COLUMN IF NOT EXISTS population_max integer NOT NULL DEFAULT 100000;
ALTER TABLE campaign ADD COLUMN IF NOT EXISTS overseas integer NOT NULL DEFAULT 1;
ALTER TABLE campaign ADD COLUMN IF NOT EXISTS cover_subtitle text NOT NULL DEFAULT 'Recueil des contributions des collectivités';
ALTER TABLE campaign ADD COLUMN IF NOT EXISTS cover_note text NOT NULL DEFAULT '';

CREATE OR REPLACE FUNCTION recueil_campaign_time_zone() RETURNS trigger AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = NEW.time_zone) THEN
        RAISE EXCEPTION 'the time zone "%" is unknown to the server', NEW.time_zone
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS campaign_time_zone ON campaign;
CREATE TRIGGER campaign_time_zone BEFORE INSERT OR UPDATE OF time_zone ON campaign
    FOR EACH ROW EXECUTE FUNCTION recueil_campaign_time_zone();

-- Every desk reads the call again when an administrator changes it (its deadline, its themes):
-- one notification per statement on the call's tables.
CREATE OR REPLACE FUNCTION recueil_campaign_notify() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('recueil_campaign', '');
    RETURN NULL;
END $$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS campaign_notify ON campaign;
CREATE TRIGGER campaign_notify AFTER INSERT OR UPDATE OR DELETE ON campaign
    FOR EACH STATEMENT EXECUTE FUNCTION recueil_campaign_notify();
DROP TRIGGER IF EXISTS theme_notify ON theme;
CREATE TRIGGER theme_notify AFTER INSERT OR UPDATE OR DELETE ON theme
    FOR EACH STATEMENT EXECUTE FUNCTION recueil_campaign_notify();
DROP TRIGGER IF EXISTS subtopic_notify ON subtopic;
CREATE TRIGGER subtopic_notify AFTER INSERT OR UPDATE OR DELETE ON subtopic
    FOR EACH STATEMENT EXECUTE FUNCTION recueil_campaign_notify();

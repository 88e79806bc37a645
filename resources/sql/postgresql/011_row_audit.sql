-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 11: the server keeps its own record of every change to contributions, their contacts,
-- classification and tags, people and stored emails (holds included), written by triggers
-- under the login that made it, whatever the client does or leaves out. Each row says what
-- changed, column by column (old and new values as JSON; an email's and an attachment's bytes
-- are left out: their checksums never change, step 9). The application's own history rows stay
-- as they were; these are told apart by their action, db_insert, db_update or db_delete, and the
-- table in field. The right to erasure (erasure_in_progress) writes none: it must not copy what
-- it erases.
-- Changes, row by row: the columns that differ, old and new.
CREATE OR REPLACE FUNCTION recueil_row_audit() RETURNS trigger AS $$
DECLARE
    before jsonb := to_jsonb(OLD) - 'raw' - 'data';
    after jsonb := to_jsonb(NEW) - 'raw' - 'data';
    old_part jsonb := '{}'::jsonb;
    new_part jsonb := '{}'::jsonb;
    k text;
BEGIN
    IF EXISTS (SELECT 1 FROM erasure_in_progress) THEN
        RETURN NULL;
    END IF;
    FOR k IN SELECT jsonb_object_keys(before || after) LOOP
        IF (before -> k) IS DISTINCT FROM (after -> k) THEN
            IF before ? k THEN
                old_part := old_part || jsonb_build_object(k, before -> k);
            END IF;
            IF after ? k THEN
                new_part := new_part || jsonb_build_object(k, after -> k);
            END IF;
        END IF;
    END LOOP;
    IF old_part = '{}'::jsonb AND new_part = '{}'::jsonb THEN
        RETURN NULL;
    END IF;
    INSERT INTO audit_log (at, actor, contribution_id, action, field, old_value, new_value)
    VALUES (to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), session_user,
            (CASE WHEN TG_TABLE_NAME = 'contribution' THEN after ->> 'id' ELSE after ->> 'contribution_id' END)::bigint,
            'db_update', TG_TABLE_NAME, old_part::text, new_part::text);
    RETURN NULL;
END $$ LANGUAGE plpgsql;

-- Rows added or removed, a statement at a time (an import or a copy adds thousands at once).
CREATE OR REPLACE FUNCTION recueil_rows_audit() RETURNS trigger AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM erasure_in_progress) THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO audit_log (at, actor, contribution_id, action, field, new_value)
        SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), session_user,
               (CASE WHEN TG_TABLE_NAME = 'contribution' THEN r.j ->> 'id' ELSE r.j ->> 'contribution_id' END)::bigint,
               'db_insert', TG_TABLE_NAME, r.j::text
        FROM (SELECT to_jsonb(n) - 'raw' - 'data' AS j FROM added n) r;
    ELSE
        INSERT INTO audit_log (at, actor, contribution_id, action, field, old_value)
        SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), session_user,
               (CASE WHEN TG_TABLE_NAME = 'contribution' THEN r.j ->> 'id' ELSE r.j ->> 'contribution_id' END)::bigint,
               'db_delete', TG_TABLE_NAME, r.j::text
        FROM (SELECT to_jsonb(o) - 'raw' - 'data' AS j FROM removed o) r;
    END IF;
    RETURN NULL;
END $$ LANGUAGE plpgsql;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['contribution', 'contact', 'contribution_theme', 'contribution_subtopic', 'tag',
                             'contribution_tag', 'person', 'source_message', 'attachment'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION recueil_row_audit()',
                       t || '_row_audit', t);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS added '
                       'FOR EACH STATEMENT EXECUTE FUNCTION recueil_rows_audit()', t || '_insert_audit', t);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS removed '
                       'FOR EACH STATEMENT EXECUTE FUNCTION recueil_rows_audit()', t || '_delete_audit', t);
    END LOOP;
END $$;

-- Open windows learn that people were added, changed or removed (LISTEN recueil_person): the
-- « You are » list and the people dialog follow without a restart.
CREATE OR REPLACE FUNCTION recueil_notify_person() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('recueil_person', '');
    RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER person_notify AFTER INSERT OR UPDATE OR DELETE ON person
    FOR EACH STATEMENT EXECUTE FUNCTION recueil_notify_person();

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

CREATE TRIGGER contribution_row_audit AFTER UPDATE ON contribution
    FOR EACH ROW EXECUTE FUNCTION recueil_row_audit();
CREATE TRIGGER contribution_insert_audit AFTER INSERT ON contribution REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION recueil_rows_audit();
CREATE TRIGGER contribution_delete_audit AFTER DELETE ON contribution REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION recueil_rows_audit();
CREATE TRIGGER contact_row_audit AFTER UPDATE ON contact
    FOR EACH ROW EXECUTE FUNCTION recueil_row_audit();
CREATE TRIGGER contact_insert_audit AFTER INSERT ON contact REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION recueil_rows_audit();
CREATE TRIGGER contact_delete_audit AFTER DELETE ON contact REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION recueil_rows_audit();
CREATE TRIGGER contribution_theme_row_audit AFTER UPDATE ON contribution_theme
    FOR EACH ROW EXECUTE FUNCTION recueil_row_audit();
CREATE TRIGGER contribution_theme_insert_audit AFTER INSERT ON contribution_theme REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION recueil_rows_audit();
CREATE TRIGGER contribution_theme_delete_audit AFTER DELETE ON contribution_theme REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION recueil_rows_audit();
CREATE TRIGGER contribution_subtopic_row_audit AFTER UPDATE ON contribution_subtopic
    FOR EACH ROW EXECUTE FUNCTION recueil_row_audit();
CREATE TRIGGER contribution_subtopic_insert_audit AFTER INSERT ON contribution_subtopic REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION recueil_rows_audit();
CREATE TRIGGER contribution_subtopic_delete_audit AFTER DELETE ON contribution_subtopic REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION recueil_rows_audit();
CREATE TRIGGER tag_row_audit AFTER UPDATE ON tag
    FOR EACH ROW EXECUTE FUNCTION recueil_row_audit();
CREATE TRIGGER tag_insert_audit AFTER INSERT ON tag REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION recueil_rows_audit();
CREATE TRIGGER tag_delete_audit AFTER DELETE ON tag REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION recueil_rows_audit();
CREATE TRIGGER contribution_tag_row_audit AFTER UPDATE ON contribution_tag
    FOR EACH ROW EXECUTE FUNCTION recueil_row_audit();
CREATE TRIGGER contribution_tag_insert_audit AFTER INSERT ON contribution_tag REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION recueil_rows_audit();
CREATE TRIGGER contribution_tag_delete_audit AFTER DELETE ON contribution_tag REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION recueil_rows_audit();
CREATE TRIGGER person_row_audit AFTER UPDATE ON person
    FOR EACH ROW EXECUTE FUNCTION recueil_row_audit();
CREATE TRIGGER person_insert_audit AFTER INSERT ON person REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION recueil_rows_audit();
CREATE TRIGGER person_delete_audit AFTER DELETE ON person REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION recueil_rows_audit();
CREATE TRIGGER source_message_row_audit AFTER UPDATE ON source_message
    FOR EACH ROW EXECUTE FUNCTION recueil_row_audit();
CREATE TRIGGER source_message_insert_audit AFTER INSERT ON source_message REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION recueil_rows_audit();
CREATE TRIGGER source_message_delete_audit AFTER DELETE ON source_message REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION recueil_rows_audit();
CREATE TRIGGER attachment_row_audit AFTER UPDATE ON attachment
    FOR EACH ROW EXECUTE FUNCTION recueil_row_audit();
CREATE TRIGGER attachment_insert_audit AFTER INSERT ON attachment REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION recueil_rows_audit();
CREATE TRIGGER attachment_delete_audit AFTER DELETE ON attachment REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION recueil_rows_audit();

-- Open windows learn that people were added, changed or removed (LISTEN recueil_person): the
-- « You are » list and the people dialog follow without a restart.
CREATE OR REPLACE FUNCTION recueil_notify_person() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('recueil_person', '');
    RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER person_notify AFTER INSERT OR UPDATE OR DELETE ON person
    FOR EACH STATEMENT EXECUTE FUNCTION recueil_notify_person();

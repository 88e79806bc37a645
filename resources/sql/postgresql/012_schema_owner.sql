-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 12: the schema belongs to recueil_schema, a role nobody logs in as (NOLOGIN), so that no
-- login can switch the triggers off, drop the audit log or rewrite it: only a table's owner (or a
-- superuser) could. The tables, sequences, views, functions and the text search configuration
-- that the login running this step owns, and the public schema itself, are handed to it.
--
-- The login that sets the database up (recueil init; it holds CREATEROLE) becomes a member of
-- recueil_schema only while it upgrades the schema: the application grants it the role, acts as
-- it (SET ROLE) and revokes it afterwards (storage/sqldialect.cpp). Without CREATEROLE nothing is
-- handed over and the login stays the owner, as before this step (docs/team-mode.md).
DO $$
DECLARE
    me name := current_user;
    super boolean := coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false);
    r record;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'recueil_schema') THEN
        IF NOT super AND NOT coalesce((SELECT rolcreaterole FROM pg_roles WHERE rolname = current_user), false) THEN
            RAISE NOTICE 'the login % cannot create roles: the schema stays its own', me;
            RETURN;
        END IF;
        CREATE ROLE recueil_schema NOLOGIN;
    END IF;
    IF me = 'recueil_schema' THEN
        RETURN;
    END IF;
    IF NOT super AND NOT pg_has_role(me, 'recueil_schema', 'MEMBER') THEN
        IF NOT coalesce((SELECT rolcreaterole FROM pg_roles WHERE rolname = current_user), false) THEN
            RAISE NOTICE 'the login % cannot take the role recueil_schema: the schema stays its own', me;
            RETURN;
        END IF;
        EXECUTE format('GRANT recueil_schema TO %I', me);
    END IF;
    -- The schema first (a new owner needs the right to create in it): whoever owns the schema may
    -- drop any table in it. PostgreSQL 15 gives it to the database's owner (pg_database_owner).
    IF NOT pg_has_role(me, (SELECT nspowner FROM pg_namespace WHERE nspname = 'public'), 'MEMBER') THEN
        RAISE NOTICE 'the login % does not own the schema public: the schema stays its own', me;
        RETURN;
    END IF;
    ALTER SCHEMA public OWNER TO recueil_schema;
    -- Tables, views and free-standing sequences (a column's sequence follows its table).
    FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relowner = me::regrole AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
               AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                               AND d.deptype IN ('a', 'i', 'e'))
    LOOP
        EXECUTE format('ALTER %s %I OWNER TO recueil_schema',
            CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
            r.relname);
    END LOOP;
    -- Functions (an extension's own, such as unaccent's, stay with the extension).
    FOR r IN SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'public' AND p.proowner = me::regrole
               AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                               AND d.deptype = 'e')
    LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO recueil_schema', r.signature);
    END LOOP;
    FOR r IN SELECT c.cfgname FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace
             WHERE n.nspname = 'public' AND c.cfgowner = me::regrole
    LOOP
        EXECUTE format('ALTER TEXT SEARCH CONFIGURATION %I OWNER TO recueil_schema', r.cfgname);
    END LOOP;
    -- The rest of this upgrade (its record in schema_version, the campaign's seeds) is written as
    -- the new owner.
    IF NOT super THEN
        SET ROLE recueil_schema;
    END IF;
END $$;

-- Which schema a database has is no secret: any login may read it (recueil init reports it).
GRANT SELECT ON schema_version TO PUBLIC;

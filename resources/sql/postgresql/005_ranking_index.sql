-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 5: ranking from the index. With the RUM access method (Debian's postgresql-15-rum), the
-- first page of a search is read in rank order from the index, without reading every match's
-- document from the table: a common word matches one testimony in eight. RUM is optional: a
-- server without it, or a login that may not create extensions, keeps the GIN index and ranks
-- with ts_rank(). An administrator can add it later (docs/team-mode.md). SQLite's step 5 is a
-- queue for its own index; the two steps share a number so that both schemas stay in step.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'rum') THEN
        BEGIN
            CREATE EXTENSION IF NOT EXISTS rum;
            CREATE INDEX contribution_search_rank ON contribution_search USING rum (document rum_tsvector_ops);
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE 'Recueil: search ranks with ts_rank() (RUM unavailable: %)', SQLERRM;
        END; -- of the RUM attempt
    END IF;
END $$;

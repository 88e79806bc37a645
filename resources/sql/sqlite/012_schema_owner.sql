-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 12 keeps the step numbers of both stores alike. On a server it gives the schema to a role
-- nobody logs in as (see postgresql/012_schema_owner.sql); a file has no owner but its holder.
SELECT 1;

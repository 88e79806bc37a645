-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 11 keeps the step numbers of both stores alike. On a server it makes the server write its
-- own record of every change (see postgresql/011_row_audit.sql); on a file it does nothing:
-- whoever holds the file can rewrite it, triggers and all, so only the application's history
-- applies there.
SELECT 1;

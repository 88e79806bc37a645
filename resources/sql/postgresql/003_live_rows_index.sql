-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 3: the index of live rows the newest-first list walks (already made by step 1 here).
CREATE INDEX IF NOT EXISTS contribution_live ON contribution(received_at, id) WHERE deleted_at IS NULL;

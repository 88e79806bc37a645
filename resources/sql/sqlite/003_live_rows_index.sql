-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 3: the newest-first list walks this index (ContributionRepository::page names it), so
-- every database must have it, including those created before it joined step 1.
CREATE INDEX IF NOT EXISTS contribution_live ON contribution(received_at, id) WHERE deleted_at IS NULL;

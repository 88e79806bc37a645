-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 14: a testimony typed after the close (a letter, a phone call) waits in the holding list
-- (« En attente ») as a late email does, with everything typed and the reason it came late,
-- until an administrator accepts it (hold goes back to NULL, with the acceptance's reason) or
-- someone sets it aside ('discarded': kept, out of every list). A held row is in no list,
-- count, search or dossier.
ALTER TABLE contribution ADD COLUMN hold TEXT CHECK (hold IN ('late', 'discarded'));
ALTER TABLE contribution ADD COLUMN hold_reason TEXT;

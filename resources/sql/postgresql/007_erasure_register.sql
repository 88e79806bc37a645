-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 7: the erasure register, as the SQLite step 7: when each erasure was done and the
-- SHA-256 of the erased address in lower case, never a name. Only an administrator erases.
CREATE TABLE erasure_register (
    address_sha256  text PRIMARY KEY,
    erased_at       text NOT NULL
);

GRANT SELECT ON erasure_register TO recueil_coordinator, recueil_reviewer, recueil_admin;
GRANT INSERT ON erasure_register TO recueil_admin;
-- An erasure rewrites the comments that name the person, as it does their other texts.
GRANT UPDATE (body) ON comment TO recueil_admin;

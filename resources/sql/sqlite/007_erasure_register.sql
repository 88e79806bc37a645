-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 7: the erasure register. Each erasure (RGPD art. 17) records when it was done and the
-- SHA-256 of the erased address in lower case, never a name: a copy of the campaign made before
-- it (a backup) replays it before it can be used, so that no old copy brings a person back.
CREATE TABLE erasure_register (
    address_sha256  TEXT PRIMARY KEY,
    erased_at       TEXT NOT NULL
);

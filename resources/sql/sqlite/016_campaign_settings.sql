-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 16: a campaign is settings, not code (core/campaignsettings.h). Who may answer the call
-- (kinds of authority, a population band, overseas or not: outside it is a warning, never a
-- refusal) and the dossier's cover texts. The 2021 call's values are the defaults, so a
-- database made before this step keeps its call as it was.
ALTER TABLE campaign ADD COLUMN eligible_kinds TEXT NOT NULL DEFAULT 'commune,epci';
ALTER TABLE campaign ADD COLUMN population_min INTEGER NOT NULL DEFAULT 10000;
ALTER TABLE campaign ADD COLUMN population_max INTEGER NOT NULL DEFAULT 100000;
ALTER TABLE campaign ADD COLUMN overseas INTEGER NOT NULL DEFAULT 1;
ALTER TABLE campaign ADD COLUMN cover_subtitle TEXT NOT NULL DEFAULT 'Recueil des contributions des collectivités';
ALTER TABLE campaign ADD COLUMN cover_note TEXT NOT NULL DEFAULT '';

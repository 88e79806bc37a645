-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 15: an imported testimony keeps two texts. body is the text to publish, which the
-- dossier, the exports and the search use: import proposes it from the email's text (greetings,
-- closings, signatures, quoted replies and footers left out, core/publishabletext.h), and people
-- edit it. original_text is the email's text as it came, never changed but by the right to
-- erasure; NULL for a testimony typed by hand. text_reviewed is 1 once a person edited the text
-- to publish (the dossier says « texte revu »).
ALTER TABLE contribution ADD COLUMN original_text TEXT;
ALTER TABLE contribution ADD COLUMN text_reviewed INTEGER NOT NULL DEFAULT 0 CHECK (text_reviewed IN (0, 1));

-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 9: a stored email is kept as it came, on a file as on a server: its bytes and checksum
-- never change after import, and its receipt time is set once. The erasure (the
-- erasure_in_progress row, inside its own transaction) is the one exception.
CREATE TRIGGER source_message_bytes_kept BEFORE UPDATE OF raw, sha256, size ON source_message
WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress)
    AND (NEW.raw IS NOT OLD.raw OR NEW.sha256 IS NOT OLD.sha256 OR NEW.size IS NOT OLD.size)
BEGIN
    SELECT RAISE(ABORT, 'a stored email is kept as it came: its bytes and checksum never change');
END;

CREATE TRIGGER source_message_received_once BEFORE UPDATE OF received_at ON source_message
WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress)
    AND OLD.received_at IS NOT NULL AND NEW.received_at IS NOT OLD.received_at
BEGIN
    SELECT RAISE(ABORT, 'the receipt time of a stored email is set once');
END;

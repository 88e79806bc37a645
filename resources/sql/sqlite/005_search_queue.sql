-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 5: a queue for the full-text index. A batch import (an mbox) stores each message in its
-- own transaction with its contribution's id in this table, and indexes the queued contributions
-- together every few hundred messages: FTS5 writes one index segment per statement, and one per
-- message was half of an import's time. Whatever a crash leaves queued is indexed at the next
-- opening. The queue is never a source of data: it can be emptied by rebuilding the index.
CREATE TABLE search_index_queue (
    contribution_id  INTEGER PRIMARY KEY
);

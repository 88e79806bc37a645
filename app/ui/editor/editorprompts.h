// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/draftstore.h"

#include <QCoreApplication>
#include <optional>

class QWidget;

// The questions the contribution editor asks before it changes what the form shows. In each,
// Escape decides nothing. id: the contribution, 0 for a new one.
class EditorPrompts
{
    Q_DECLARE_TR_FUNCTIONS(EditorPrompts)

public:
    // Changes were kept when Recueil last closed without saving them: bring them back, discard
    // them, or decide later (they are offered again next time). currentVersion: as now stored.
    enum class Draft { BringBack, Discard, Later };
    static Draft askDraft(QWidget *parent, qint64 id, const DraftStore::Draft &draft, int currentVersion);
    // The form holds unsaved changes: save them, discard them, or stay (Cancel).
    enum class Unsaved { Save, Discard, Cancel };
    static Unsaved askUnsaved(QWidget *parent, qint64 id);
    // A new testimony was received after the close (refusal says so): hold it in the holding list
    // for an administrator, accept it now (offered to an administrator only), or stay in the form.
    enum class Late { Hold, Accept, Stay };
    static Late askLate(QWidget *parent, const QString &refusal, bool mayAccept);
    // Why the testimony came late, for the administrator who will judge it; nullopt if cancelled.
    // The dialog cannot be accepted without a reason.
    static std::optional<QString> askHoldReason(QWidget *parent);
    // Delete it? (It leaves the lists; its record, sources and history are kept.)
    static bool confirmDelete(QWidget *parent, qint64 id, const QString &title);
};

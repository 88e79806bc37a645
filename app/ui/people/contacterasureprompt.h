// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class Database;
class QWidget;

// Edit › Erase a person's details: asks for the address (the open contribution's by default),
// shows every place the person appears, and after confirmation erases them (ContactEraser) on
// a connection of its own, off the window's thread, behind a progress dialog: the file is
// rewritten without the old values, which takes a while on a large campaign.
class ContactErasurePrompt
{
    Q_DECLARE_TR_FUNCTIONS(ContactErasurePrompt)

public:
    // True when the erasure ran (the panels then read the database again), whether it succeeded
    // or failed with its reason shown.
    static bool run(Database &db, const QString &suggestedAddress, QWidget *parent);
};

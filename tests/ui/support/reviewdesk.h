// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testsupport.h"

#include <QList>
#include <QString>

class Database;

// A review desk for the widget tests: a real SQLite file with alice (administrator), bob
// (reviewer) and carol (coordinator); carol entered the contributions, so that bob may
// validate them (four-eyes rule).
struct ReviewDesk
{
    ReviewDesk();
    Database &db() { return *t.db; }
    // Enters a contribution as carol and returns its number; the actor is then restored.
    qint64 add(const QString &title, const QString &text = QString());
    void actAs(const QString &login);

    TestSupport::TempDatabase t;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class Database;
class QWidget;

// Help › About: the version, the campaign, the official list of authorities, the database, the
// licence and what is bundled under its own licence (README.md lists the same).
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    static void show(QWidget *parent, const Database &db);
};

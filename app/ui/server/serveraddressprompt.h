// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// File › Connect to a server: asks for the campaign's address on its PostgreSQL server,
// offering the ones used before (remembered without their password).
class ServerAddressPrompt
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddressPrompt)

public:
    // The address typed, checked; empty when the person gave up or after saying what is wrong.
    static QString ask(QWidget *parent);
    // Puts address first among the ones offered next time.
    static void remember(const QString &address);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/parsedmessage.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Opens an Outlook winmail.dat (application/ms-tnef) with libytnef and returns the files
// it carries, byte for byte. Without libytnef at build time, available() is false.
class TnefReader
{
public:
    static bool available();

    // False when the data is not TNEF or cannot be read; *error then says why.
    static bool extract(const QByteArray &data, QList<MailAttachment> *files, QString *error);

    static bool looksLikeTnef(const QByteArray &data);
};

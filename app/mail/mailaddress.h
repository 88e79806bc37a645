// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// The first mailbox of an address header (From, Sender, Reply-To), read leniently:
// quoted and encoded display names, "addr (Full Name)", groups, route addresses, raw 8-bit.
struct MailAddress
{
    QString name; // decoded display name, quotes removed; may be empty
    QString address; // local part as written, domain in lower case; empty when none found

    static MailAddress parse(const QByteArray &rawValue);
};

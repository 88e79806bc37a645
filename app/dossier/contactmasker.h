// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// Hides what identifies a person in free text (email signatures, "call me at …"): email
// addresses, phone numbers and the sender's names. A dossier prints contact details only
// where the contact consented and the person printing asked; everywhere else they are masked.
class ContactMasker
{
public:
    // names: the sender's names, masked wherever they appear (either word order).
    // allowed: addresses and phone numbers that may stay (a consenting contact's own).
    explicit ContactMasker(const QStringList &names = {}, const QStringList &allowed = {});

    QString mask(const QString &text) const;

    static bool containsEmailAddress(const QString &text);
    static QString maskedAddress() { return QStringLiteral("[adresse masquée]"); }
    static QString maskedPhone() { return QStringLiteral("[téléphone masqué]"); }
    static QString maskedName() { return QStringLiteral("[nom masqué]"); }

private:
    QList<QRegularExpression> m_names;
    QStringList m_allowed; // folded for comparison
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contribution.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class AuthorityDirectory;

// What is wrong with a contribution before it is written, field by field,
// so the form can show each message next to the field at fault.
class ContributionValidator
{
    Q_DECLARE_TR_FUNCTIONS(ContributionValidator)

public:
    enum class Field { Authority, Title, ContactEmail, ReceivedAt, Themes };
    struct Problem
    {
        Field field;
        QString message;
    };

    explicit ContributionValidator(const AuthorityDirectory &authorities);

    QList<Problem> check(const Contribution &contribution) const;
    static bool isValidEmail(const QString &address);

private:
    const AuthorityDirectory &m_authorities;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitext.h"

#include "authority.h"
#include "frenchtext.h"
#include "taxonomy.h"

#include <QLocale>

bool UiText::isFrench()
{
    return QLocale().language() == QLocale::French;
}

QString UiText::themeLabel(const Theme &theme)
{
    return isFrench() || theme.englishLabel.isEmpty() ? theme.frenchLabel : theme.englishLabel;
}

QString UiText::subtopicLabel(const Subtopic &subtopic)
{
    return isFrench() || subtopic.englishLabel.isEmpty() ? subtopic.frenchLabel : subtopic.englishLabel;
}

QString UiText::longDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return isFrench() ? FrenchText::longDate(date) : QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString UiText::number(qint64 value)
{
    return isFrench() ? FrenchText::number(value) : QLocale().toString(value);
}

QString UiText::authorityName(const QString &name, const QString &departement)
{
    return departement.isEmpty() ? name : tr("%1 (%2)").arg(name, departement);
}

QString UiText::authorityChoice(const Authority &authority)
{
    return tr("%1 — %2 inhab.")
        .arg(authorityName(authority.name, authority.departement), number(authority.population));
}

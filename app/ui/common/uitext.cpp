// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/uitext.h"

#include "core/authority.h"
#include "core/campaign.h"
#include "core/frenchtext.h"
#include "core/taxonomy.h"
#include "storage/database.h"
#include "storage/personrepository.h"

#include <QLocale>
#include <cmath>

bool UiText::isFrench()
{
    return QLocale().language() == QLocale::French;
}

QString UiText::frenchLabel(const QString &stored)
{
    // The contract's labels keep a straight apostrophe (« l'économie »); French is shown with ’.
    return QString(stored).replace(QLatin1Char('\''), QChar(0x2019));
}

QString UiText::themeLabel(const Theme &theme)
{
    return isFrench() || theme.englishLabel.isEmpty() ? frenchLabel(theme.frenchLabel) : theme.englishLabel;
}

QString UiText::subtopicLabel(const Subtopic &subtopic)
{
    return isFrench() || subtopic.englishLabel.isEmpty() ? frenchLabel(subtopic.frenchLabel) : subtopic.englishLabel;
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

QString UiText::longDateTime(const QDateTime &instant, const QTimeZone &zone)
{
    if (!instant.isValid())
        return {};
    if (isFrench())
        return FrenchText::longDateTime(instant, zone);
    const QDateTime local = instant.toTimeZone(zone);
    return tr("%1 at %2").arg(longDate(local.date()), QLocale().toString(local.time(), QStringLiteral("HH:mm")));
}

QString UiText::fileSize(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%Ln byte(s)", nullptr, int(bytes));
    double value = double(bytes) / 1024.0;
    QString unit = tr("KB");
    if (value >= 1024.0) {
        value /= 1024.0;
        unit = tr("MB");
    }
    if (value >= 1024.0) {
        value /= 1024.0;
        unit = tr("GB");
    }
    // One decimal while it says something ("12,5 Ko"), none for round or large values.
    const double rounded = std::round(value * 10.0) / 10.0;
    const bool whole = rounded >= 100.0 || rounded == std::floor(rounded);
    QString digits = whole ? number(qint64(std::round(value)))
                           : QLocale().toString(rounded, 'f', 1);
    if (isFrench())
        digits.replace(QLatin1Char('.'), QLatin1Char(','));
    return tr("%1 %2").arg(digits, unit);
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

QString UiText::ofPerson(const QString &name)
{
    if (!isFrench())
        return name;
    // Elided before a vowel or a mute h, as French writes « d’Anne » and « d’Hélène ».
    const QString folded = FrenchText::foldForSearch(name.left(1));
    const bool elided = !folded.isEmpty() && QStringLiteral("aeiouyh").contains(folded.at(0));
    return (elided ? QStringLiteral("d’") : QStringLiteral("de ")) + name;
}

QString UiText::personName(const Database &db, const QString &login)
{
    if (!db.isOpen())
        return login;
    const std::optional<Person> person = PersonRepository(db.connection()).find(login);
    return person && !person->displayName.trimmed().isEmpty() ? person->displayName.trimmed() : login;
}

QString UiText::kindsText(const QStringList &kinds)
{
    QStringList names;
    for (const QString &kind : kinds) {
        if (kind == QLatin1String("commune"))
            names << tr("communes");
        else if (kind == QLatin1String("epci"))
            names << tr("intercommunalités");
        else if (kind == QLatin1String("departement"))
            names << tr("départements");
        else if (kind == QLatin1String("region"))
            names << tr("régions");
    }
    if (names.size() < 2)
        return names.join(QString());
    const QString last = names.takeLast();
    return tr("%1 and %2", "the last of a list").arg(names.join(QStringLiteral(", ")), last);
}

QString UiText::outsideTarget(const Eligibility &target, const Authority &authority)
{
    QString why;
    if (!target.kinds.contains(authority.kindCode()))
        why = tr("%1 only").arg(kindsText(target.kinds));
    else if (!target.overseas && authority.isOverseas())
        why = tr("overseas not included");
    else if (target.populationMax > 0)
        why = tr("%1 to %2 inhabitants").arg(number(target.populationMin), number(target.populationMax));
    else
        why = tr("from %1 inhabitants").arg(number(target.populationMin));
    return tr("Outside the call's target (%1): the contribution is accepted.").arg(why);
}

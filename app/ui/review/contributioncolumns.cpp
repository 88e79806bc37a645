// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/contributioncolumns.h"

#include "core/frenchtext.h"
#include "core/reviewstate.h"
#include "ui/common/uitext.h"

#include <QCoreApplication>
#include <QLocale>

namespace ContributionColumns {

QString statusLabel(const QString &code)
{
    ReviewState::State state;
    return ReviewState::fromCode(code, &state) ? ReviewState::label(state) : code;
}

QString text(const ContributionSummary &s, int column, const QTimeZone &zone, bool compact)
{
    switch (column) {
    case Number:
        return QString::number(s.id);
    case Title:
        return s.title;
    case Authority:
        return s.authorityCode.isEmpty() ? QCoreApplication::translate("ContributionColumns", "(to be confirmed)")
                                         : UiText::authorityName(s.authorityName, s.departement);
    case Received:
        return compact ? QLocale().toString(s.receivedAt.toTimeZone(zone).date(), QLocale::ShortFormat)
                       : UiText::longDate(s.receivedAt.toTimeZone(zone).date());
    case Status:
        return statusLabel(s.status);
    default:
        return {};
    }
}

QVariant toolTip(const ContributionSummary &s, int column, const QTimeZone &zone)
{
    if (column == Received)
        return UiText::isFrench() ? FrenchText::longDateTime(s.receivedAt, zone)
                                  : QLocale().toString(s.receivedAt.toTimeZone(zone), QLocale::LongFormat);
    if (column == Title || column == Authority)
        return text(s, column, zone);
    return {};
}

QVariant alignment(int column)
{
    if (column == Number)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant header(int column, int role, const QString &ownLabel)
{
    if (role == Qt::ToolTipRole && column == Number)
        return QCoreApplication::translate("ContributionColumns", "Contribution number");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Number:
        return QCoreApplication::translate("ContributionColumns", "No.");
    case Title:
        return QCoreApplication::translate("ContributionColumns", "Title");
    case Authority:
        return QCoreApplication::translate("ContributionColumns", "Local authority");
    case Received:
        return QCoreApplication::translate("ContributionColumns", "Received on");
    case Status:
        return QCoreApplication::translate("ContributionColumns", "Status");
    case Count:
        return ownLabel;
    default:
        return {};
    }
}

} // namespace ContributionColumns

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/contributionfilter.h"

#include <QString>
#include <QTimeZone>
#include <QVariant>

// The columns the contribution list (ContributionListModel) and the search results
// (SearchResultsModel) share: number, title, authority, receipt date and state, in this order,
// shown the same way by both. Each model adds its own columns after them.
namespace ContributionColumns {

enum Column { Number, Title, Authority, Received, Status, Count };

// What a shared column shows of s (the receipt date in the campaign's time zone).
// compact: the receipt date in figures (« 12/03/2021 »), for a narrow list.
QString text(const ContributionSummary &s, int column, const QTimeZone &zone, bool compact = false);
// Its tooltip: the whole date and time of receipt, or the text where a narrow column cuts it.
QVariant toolTip(const ContributionSummary &s, int column, const QTimeZone &zone);
// Numbers are aligned right.
QVariant alignment(int column);
// The header's text (and the number's tooltip); the model's own column after the shared ones
// (Count) is headed ownLabel; an invalid QVariant for another column or role.
QVariant header(int column, int role, const QString &ownLabel);
// The label of a review state's code (the code itself when unknown).
QString statusLabel(const QString &code);

} // namespace ContributionColumns

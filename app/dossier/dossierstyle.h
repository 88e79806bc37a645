// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

// The look of a dossier: an A4 page in points, two bundled font families, a few colours.
namespace DossierStyle {

constexpr qreal pageWidth = 595.276; // A4, in points
constexpr qreal pageHeight = 841.89;
constexpr qreal marginLeft = 70;
constexpr qreal marginRight = 62;
constexpr qreal marginTop = 72;
constexpr qreal marginBottom = 66;
constexpr qreal headerBaseline = 42;
constexpr qreal footerBaseline = pageHeight - 34;

inline QRectF contentRect()
{
    return QRectF(
        marginLeft, marginTop, pageWidth - marginLeft - marginRight, pageHeight - marginTop - marginBottom);
}

// Registers the bundled fonts once (from any thread); false with the reason if one is unreadable.
bool loadFonts(QString *error = nullptr);

QFont serif(qreal points, bool bold = false, bool italic = false);
QFont sans(qreal points, bool bold = false);

QColor ink(); // body text
QColor muted(); // secondary text
QColor accent(); // titles, cover
QColor rule(); // thin lines, chart axes
QColor tint(); // light backgrounds
QColor themeColor(int index); // one colour per theme, in the campaign's order

} // namespace DossierStyle

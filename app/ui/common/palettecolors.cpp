// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/palettecolors.h"

#include <QEvent>
#include <QPalette>
#include <QWidget>

namespace PaletteColors {

namespace {
// The light-window colours used in forms and code, and their meaning.
const QLatin1String errorHex[] = { QLatin1String("#b3261e"), QLatin1String("#a41e11") };
const QLatin1String warningHex("#8a5300");
} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor error(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QColor warning(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xc1, 0x66) : QColor(0x8a, 0x53, 0x00);
}

QColor muted(const QPalette &palette)
{
    // Half way between the text and the background: readable on both kinds of palette.
    const QColor text = palette.color(QPalette::WindowText);
    const QColor back = palette.color(QPalette::Window);
    return QColor((text.red() * 3 + back.red() * 2) / 5, (text.green() * 3 + back.green() * 2) / 5,
        (text.blue() * 3 + back.blue() * 2) / 5);
}

bool adapt(QWidget *w)
{
    QString sheet = w->styleSheet();
    if (sheet.isEmpty() || !sheet.contains(QLatin1Char('#')) || !isDark(w->palette()))
        return false;
    const QString before = sheet;
    for (const QLatin1String &hex : errorHex)
        sheet.replace(hex, error(w->palette()).name(), Qt::CaseInsensitive);
    sheet.replace(warningHex, warning(w->palette()).name(), Qt::CaseInsensitive);
    if (sheet == before)
        return false;
    w->setStyleSheet(sheet);
    return true;
}

bool Adapter::eventFilter(QObject *watched, QEvent *event)
{
    if ((event->type() == QEvent::StyleChange || event->type() == QEvent::Show) && watched->isWidgetType())
        adapt(static_cast<QWidget *>(watched));
    return QObject::eventFilter(watched, event);
}

} // namespace PaletteColors

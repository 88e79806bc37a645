// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStyle>

namespace Ui {
class MainWindow;
}

// The window's actions as every desktop application shows them: the platform's standard
// shortcuts (Ctrl+N, Ctrl+O, Ctrl+P, F5…) and the icon theme's icons, with Qt's own where the
// theme has none.
namespace DeskActions {

QIcon icon(const char *themeName, QStyle::StandardPixmap fallback, const QStyle *style);
void decorate(Ui::MainWindow &ui, const QStyle *style);

} // namespace DeskActions
